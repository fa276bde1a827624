namespace Shop.Messaging.Outbox;

/// <summary>
/// One message as one consumer of an outbox endpoint has seen it: the row every copy of that message locks, so copies
/// take turns, and the markers that say how far the first one got (consumed, then its outbox delivered).
/// </summary>
public sealed class InboxState
{
    public Guid MessageId { get; set; }

    public Guid ConsumerId { get; set; }

    public DateTimeOffset Received { get; set; }

    public int ReceiveCount { get; set; }

    public DateTimeOffset? Consumed { get; set; }

    public DateTimeOffset? Delivered { get; set; }

    /// <summary>The last outbox message sent to the broker, so a delivery cut short resumes after it.</summary>
    public long? LastSequenceNumber { get; set; }

    /// <summary>Bumped on every change: a writer that somehow did not hold the row lock fails instead of overwriting.</summary>
    public int Version { get; set; }
}
