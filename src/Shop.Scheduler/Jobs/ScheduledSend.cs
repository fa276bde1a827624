using System.Globalization;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Shop.Messaging;

namespace Shop.Scheduler.Jobs;

/// <summary>
/// One message to send later, as the scheduling worker asked for it: the message body with the type names it carries, where it
/// goes, and the envelope of the command that carried it (its id becomes the message id, so a redelivered command sends the
/// same message). Stored as JSON in the Quartz job, so it needs none of the worker's message types.
/// </summary>
public sealed record ScheduledSend(
    Uri Destination,
    string[] MessageType,
    JsonElement Message,
    Guid? MessageId,
    Guid? CorrelationId,
    Guid? ConversationId,
    Guid? InitiatorId,
    Guid? RequestId,
    Uri? SourceAddress,
    Uri? ResponseAddress,
    Uri? FaultAddress,
    DateTime? ExpirationTime,
    Dictionary<string, JsonElement> Headers,
    bool Recurring = false)
{
    static JsonSerializerOptions Json => SystemTextJsonMessageSerializer.Options;

    /// <summary>What <paramref name="context"/>, a scheduling command for <paramref name="payload"/>, asks to be sent.</summary>
    public static ScheduledSend From(ConsumeContext context, Uri destination, string[] payloadType, object payload, bool recurring = false) => new(
        destination,
        payloadType,
        JsonSerializer.SerializeToElement(payload, Json),
        context.MessageId,
        context.CorrelationId,
        context.ConversationId,
        context.InitiatorId,
        context.RequestId,
        context.SourceAddress,
        context.ResponseAddress,
        context.FaultAddress,
        context.ExpirationTime,
        context.Headers.GetAll().ToDictionary(header => header.Key, header => JsonSerializer.SerializeToElement(header.Value, Json)),
        recurring);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ScheduledSend FromJson(string json) =>
        JsonSerializer.Deserialize<ScheduledSend>(json, Json) ?? throw new JsonException("A scheduled send was stored as null.");

    /// <summary>True when the sender gave the message an expiry and it has passed.</summary>
    public bool HasExpired(DateTime utcNow) => ExpirationTime is { } expires && expires.ToUniversalTime() <= utcNow;

    /// <summary>
    /// The id of the message sent for the occurrence due at <paramref name="due"/>. A one-off keeps the id of the command
    /// that scheduled it; each occurrence of a recurring schedule gets its own, the same again if that occurrence is re-fired,
    /// so consumers that drop repeated ids drop only true repeats.
    /// </summary>
    public Guid? MessageIdFor(DateTimeOffset? due) =>
        Recurring && MessageId is { } id && due is { } at ? MessageIds.Derive(id, at.UtcTicks.ToString(CultureInfo.InvariantCulture)) : MessageId;

    /// <summary>Makes <paramref name="context"/> (the send of a placeholder) carry the stored message, types, ids and headers.</summary>
    public void ApplyTo(SendContext context, DateTimeOffset? due, DateTime utcNow)
    {
        context.MessageId = MessageIdFor(due);
        context.CorrelationId = CorrelationId;
        context.ConversationId = ConversationId;
        context.InitiatorId = InitiatorId;
        context.RequestId = RequestId;
        context.SourceAddress = SourceAddress;
        context.ResponseAddress = ResponseAddress;
        context.FaultAddress = FaultAddress;
        if (ExpirationTime is { } expires) context.TimeToLive = expires.ToUniversalTime() - utcNow;
        foreach (var (key, value) in Headers)
        {
            if (HeaderValue(value) is { } headerValue) context.Headers.Set(key, headerValue);
        }
        // MassTransit's serializer for a message it holds only as JSON: the envelope is filled in from this send context,
        // and the message type names are the original ones, so consumers receive the type that was scheduled.
        var envelope = new JsonMessageEnvelope { Message = Message, MessageType = MessageType };
        context.Serializer = new SystemTextJsonBodyMessageSerializer(envelope, SystemTextJsonMessageSerializer.JsonContentType, Json, MessageType);
    }

    static object? HeaderValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
