namespace Shop.Contracts.Telegram;

/// <summary>Asks the notifier to show new content in an existing bot message; if the message is gone, a new one is sent.</summary>
public sealed record EditChatMessage(long ChatId, int MessageId, MessageContent Content);
