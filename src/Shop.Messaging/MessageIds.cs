using System.Security.Cryptography;
using System.Text;

namespace Shop.Messaging;

/// <summary>
/// Deterministic message ids. A redelivered message makes its consumer publish the very same ids again,
/// so the consumers downstream (and the notifier, at the Telegram edge) recognise and drop the repeat.
/// </summary>
public static class MessageIds
{
    static readonly Guid UpdateNamespace = new("6d1f3f0e-4a8c-4e55-9a40-0c3f2a1b7e11");

    /// <summary>The id of the bus message made from one Telegram update of one bot.</summary>
    public static Guid ForUpdate(long botId, long updateId) => Derive(UpdateNamespace, $"{botId}:{updateId}");

    /// <summary>A name-based (version 5 style) UUID from a parent id and a purpose.</summary>
    public static Guid Derive(Guid parent, string purpose)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(purpose.Length)];
        parent.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(purpose, input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
