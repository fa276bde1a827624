namespace Shop.Ctl;

/// <summary>The transport headers MassTransit 8 writes on a message it moves to an <c>_error</c> or <c>_skipped</c> queue.</summary>
public static class MassTransitHeaders
{
    public const string FaultPrefix = "MT-Fault-";
    public const string ExceptionType = "MT-Fault-ExceptionType";
    public const string ExceptionMessage = "MT-Fault-Message";
    public const string StackTrace = "MT-Fault-StackTrace";
    public const string Timestamp = "MT-Fault-Timestamp";
    public const string InputAddress = "MT-Fault-InputAddress";
    public const string RetryCount = "MT-Fault-RetryCount";
    public const string ConsumerType = "MT-Fault-ConsumerType";
    public const string FaultMessageType = "MT-Fault-MessageType";

    /// <summary>Why the message was dead-lettered: <c>fault</c> for an exception, <c>skip</c> for no consumer.</summary>
    public const string Reason = "MT-Reason";

    /// <summary>Set by the raw JSON serializer, which has no envelope to carry the message types.</summary>
    public const string MessageType = "MT-MessageType";

    /// <summary>How many delayed redeliveries MassTransit already made; a replay starts afresh.</summary>
    public const string RedeliveryCount = "MT-Redelivery-Count";

    /// <summary>shopctl's own: how many times the message was replayed from a dead-letter queue.</summary>
    public const string ReplayCount = "MT-Replay-Count";

    /// <summary>Added by RabbitMQ to a quorum queue's redelivered messages; it belongs to one queue, not to the message.</summary>
    public const string DeliveryCount = "x-delivery-count";
}
