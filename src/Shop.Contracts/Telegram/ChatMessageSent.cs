namespace Shop.Contracts.Telegram;

/// <summary>The notifier delivered a message; <paramref name="RequestId"/> is the message id of the command that asked for it.</summary>
public sealed record ChatMessageSent(Guid RequestId, long ChatId, int MessageId, DateTimeOffset SentAt);
