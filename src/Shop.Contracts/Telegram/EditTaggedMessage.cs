namespace Shop.Contracts.Telegram;

/// <summary>Asks the notifier to show new content in the message it sent to a chat under <paramref name="Tag"/>.</summary>
public sealed record EditTaggedMessage(long ChatId, string Tag, MessageContent Content);
