namespace Shop.Messaging.Outbox;

/// <summary>
/// A message a consumer sent or published, stored in the consumer's transaction and sent to the broker only after it
/// commits. The serialized body and headers are exactly what the bus would have sent, so delivery is a plain copy.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Database-assigned and increasing, so messages go out in the order the consumer produced them.</summary>
    public long SequenceNumber { get; set; }

    public Guid MessageId { get; set; }

    public Guid InboxMessageId { get; set; }

    public Guid InboxConsumerId { get; set; }

    public Guid? ConversationId { get; set; }

    public Guid? CorrelationId { get; set; }

    public Guid? InitiatorId { get; set; }

    public Guid? RequestId { get; set; }

    /// <summary>A queue for a send, a message type's exchange for a publish.</summary>
    public required string DestinationAddress { get; set; }

    public string? SourceAddress { get; set; }

    public string? ResponseAddress { get; set; }

    public string? FaultAddress { get; set; }

    public required string ContentType { get; set; }

    public string? MessageType { get; set; }

    public required string Body { get; set; }

    /// <summary>The message headers as JSON.</summary>
    public string? Headers { get; set; }

    /// <summary>Transport settings of the send (routing key, priority...) as JSON.</summary>
    public string? Properties { get; set; }

    public DateTimeOffset SentTime { get; set; }

    public DateTimeOffset? ExpirationTime { get; set; }

    public DateTimeOffset Created { get; set; }
}
