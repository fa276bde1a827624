namespace Shop.Contracts.Telegram;

/// <summary>A user sent a bot command such as <c>/start</c>; <paramref name="Command"/> is lower-case without the slash.</summary>
public sealed record CommandReceived(
    long UpdateId, long ChatId, int MessageId, TelegramUser From, string Command, string Arguments, DateTimeOffset SentAt);
