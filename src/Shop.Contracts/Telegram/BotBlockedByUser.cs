namespace Shop.Contracts.Telegram;

/// <summary>A user blocked the bot; nothing more can be sent to them until they unblock it.</summary>
public sealed record BotBlockedByUser(long UpdateId, long ChatId, TelegramUser From, DateTimeOffset At);
