namespace Shop.Contracts.Telegram;

/// <summary>
/// Asks the notifier to send a new message to a chat. With a <paramref name="Tag"/> (e.g. "order:{id}:alert") the notifier
/// remembers the sent message under it, so <see cref="EditTaggedMessage"/> can change it later without knowing its id.
/// </summary>
public sealed record SendChatMessage(long ChatId, MessageContent Content, string? Tag = null);
