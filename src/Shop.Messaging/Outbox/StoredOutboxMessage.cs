using MassTransit;
using MassTransit.Metadata;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Shop.Messaging.Outbox;

/// <summary>An <see cref="OutboxMessage"/> row as MassTransit's send pipe reads it when the message goes to the broker.</summary>
public sealed class StoredOutboxMessage : OutboxMessageContext
{
    StoredOutboxMessage(OutboxMessage row, Headers headers, IReadOnlyDictionary<string, object> properties)
    {
        SequenceNumber = row.SequenceNumber;
        MessageId = row.MessageId;
        ContentType = row.ContentType;
        MessageType = row.MessageType ?? "";
        Body = row.Body;
        Properties = properties;
        Headers = headers;
        RequestId = row.RequestId;
        CorrelationId = row.CorrelationId;
        ConversationId = row.ConversationId;
        InitiatorId = row.InitiatorId;
        ExpirationTime = row.ExpirationTime?.UtcDateTime;
        SourceAddress = ToUri(row.SourceAddress);
        DestinationAddress = ToUri(row.DestinationAddress);
        ResponseAddress = ToUri(row.ResponseAddress);
        FaultAddress = ToUri(row.FaultAddress);
        SentTime = row.SentTime.UtcDateTime;
    }

    public long SequenceNumber { get; }

    public Guid MessageId { get; }

    public string ContentType { get; }

    public string MessageType { get; }

    public string Body { get; }

    public IReadOnlyDictionary<string, object> Properties { get; }

    public Headers Headers { get; }

    public Guid? RequestId { get; }

    public Guid? CorrelationId { get; }

    public Guid? ConversationId { get; }

    public Guid? InitiatorId { get; }

    public DateTime? ExpirationTime { get; }

    public Uri? SourceAddress { get; }

    public Uri? DestinationAddress { get; }

    public Uri? ResponseAddress { get; }

    public Uri? FaultAddress { get; }

    public DateTime SentTime { get; }

    Guid? MessageContext.MessageId => MessageId;

    DateTime? MessageContext.SentTime => SentTime;

    HostInfo MessageContext.Host => HostMetadataCache.Host;

    public static StoredOutboxMessage From(OutboxMessage row)
    {
        var headers = Dictionary(row.Headers);
        return new StoredOutboxMessage(row,
            headers.Count == 0 ? EmptyHeaders.Instance : new DictionarySendHeaders(headers),
            Dictionary(row.Properties).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Headers and transport properties are written and read with the bus's own JSON serializer, as MassTransit's outboxes do.</summary>
    public static string? Serialize(IEnumerable<KeyValuePair<string, object>> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : SystemTextJsonMessageSerializer.Instance.SerializeDictionary(list);
    }

    static Dictionary<string, object?> Dictionary(string? json)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(json)) return values;
        var stored = SystemTextJsonMessageSerializer.Instance.DeserializeDictionary<object>(json);
        if (stored is null) return values;
        foreach (var (key, value) in stored) values[key] = value;
        return values;
    }

    static Uri? ToUri(string? value) => value is null ? null : new Uri(value);
}
