namespace Shop.Telegram;

/// <summary>Why a failed request can be retried: after a wait, or in the supergroup the group migrated to.</summary>
public sealed class ResponseParameters
{
    public long? MigrateToChatId { get; init; }

    public int? RetryAfter { get; init; }
}
