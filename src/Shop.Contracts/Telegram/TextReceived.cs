namespace Shop.Contracts.Telegram;

/// <summary>A user sent plain text (not a command) to the bot.</summary>
public sealed record TextReceived(long UpdateId, long ChatId, int MessageId, TelegramUser From, string Text, DateTimeOffset SentAt);
