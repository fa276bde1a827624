namespace Shop.Contracts.Telegram;

/// <summary>A user sent a photo; <paramref name="FileId"/> is Telegram's id of its largest size, reusable in later sends.</summary>
public sealed record PhotoReceived(
    long UpdateId, long ChatId, int MessageId, TelegramUser From, string FileId, string? Caption, DateTimeOffset SentAt);
