namespace Shop.Notifier.Data;

/// <summary>
/// One send the notifier made, keyed by the id of the command that asked for it. Its row lock makes two copies of one
/// command (a redelivery, a second notifier) send once.
/// </summary>
public sealed class Delivery
{
    public Guid MessageId { get; set; }

    public long ChatId { get; set; }

    public int? TelegramMessageId { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
