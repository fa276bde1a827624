namespace Shop.Messaging;

/// <summary>A message a consumer has already applied; its row commits in the same transaction as the change it made.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
