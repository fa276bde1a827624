namespace Shop.Contracts.Telegram;

/// <summary>Telegram refused to deliver to a chat (the user blocked the bot or the chat is gone); sends to it are skipped.</summary>
public sealed record ChatUnreachable(long ChatId, string Reason, DateTimeOffset At);
