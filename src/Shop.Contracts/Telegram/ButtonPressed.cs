namespace Shop.Contracts.Telegram;

/// <summary>A user pressed an inline button; <paramref name="MessageId"/> is the message that carried it, when Telegram still shows it.</summary>
public sealed record ButtonPressed(
    long UpdateId, string CallbackQueryId, long ChatId, int? MessageId, TelegramUser From, string Data, DateTimeOffset PressedAt);
