namespace Shop.Contracts.Telegram;

/// <summary>Asks the notifier to send a new message to a chat.</summary>
public sealed record SendChatMessage(long ChatId, MessageContent Content);
