using System.Text.Json;

namespace Shop.Ctl;

/// <summary>The parts of MassTransit's JSON envelope shopctl needs; a body that is not an envelope yields nothing.</summary>
public sealed record MassTransitEnvelope(string? MessageId, string? MessageType, DateTimeOffset? SentTime)
{
    static readonly MassTransitEnvelope None = new(null, null, null);

    public static MassTransitEnvelope Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return None;
            string? messageType = null;
            if (root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array)
            {
                messageType = types.EnumerateArray()
                    .Where(t => t.ValueKind == JsonValueKind.String)
                    .Select(t => t.GetString())
                    .FirstOrDefault();
            }
            var messageId = root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            DateTimeOffset? sent = root.TryGetProperty("sentTime", out var time) && time.ValueKind == JsonValueKind.String
                && time.TryGetDateTimeOffset(out var parsed) ? parsed : null;
            return new MassTransitEnvelope(messageId, messageType, sent);
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
