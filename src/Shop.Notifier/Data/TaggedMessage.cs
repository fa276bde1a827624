namespace Shop.Notifier.Data;

/// <summary>
/// The latest message sent to a chat under a tag, so a later command can edit it by the tag alone (the sender never
/// learns Telegram's message id).
/// </summary>
public sealed class TaggedMessage
{
    public long ChatId { get; set; }

    public required string Tag { get; set; }

    public int TelegramMessageId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
