using System.Text;

namespace Shop.Telegram.Tests;

/// <summary>One part of a captured multipart/form-data body.</summary>
internal sealed record FormPart(string Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}
