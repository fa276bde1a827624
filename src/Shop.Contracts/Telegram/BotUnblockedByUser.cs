namespace Shop.Contracts.Telegram;

/// <summary>A user who had blocked the bot (or never started it) allowed it to write again.</summary>
public sealed record BotUnblockedByUser(long UpdateId, long ChatId, TelegramUser From, DateTimeOffset At);
