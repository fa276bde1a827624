namespace Shop.Contracts.Telegram;

/// <summary>Asks the notifier to delete a bot message.</summary>
public sealed record DeleteChatMessage(long ChatId, int MessageId);
