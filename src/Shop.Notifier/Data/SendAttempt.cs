namespace Shop.Notifier.Data;

/// <summary>
/// A send the notifier was about to make, written and committed before the call to Telegram. Telegram has no idempotency
/// key, so when the answer is lost (a crash, a dropped connection) this row is what tells the next try that the message
/// may already be in the chat, and after which message to look for it.
/// </summary>
public sealed class SendAttempt
{
    public Guid MessageId { get; set; }

    public long ChatId { get; set; }

    /// <summary>The newest message the notifier knew it had sent to the chat at the time; null when it knew none.</summary>
    public int? AfterMessageId { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }
}
