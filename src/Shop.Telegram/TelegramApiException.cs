namespace Shop.Telegram;

/// <summary>Telegram answered a request with ok=false; the error code and description say why.</summary>
public sealed class TelegramApiException(
    string method,
    int errorCode,
    string description,
    int? retryAfter = null,
    long? migrateToChatId = null)
    : Exception($"Telegram {method} failed with {errorCode}: {description}")
{
    public string Method { get; } = method;

    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>Seconds to wait before retrying, sent with 429.</summary>
    public int? RetryAfter { get; } = retryAfter;

    /// <summary>The supergroup a group chat became; resend there.</summary>
    public long? MigrateToChatId { get; } = migrateToChatId;

    public bool IsRateLimited => ErrorCode == 429;

    /// <summary>The user blocked the bot, or the bot was removed from the chat.</summary>
    public bool IsBlocked => ErrorCode == 403;

    /// <summary>An edit that changed nothing; safe to treat as success.</summary>
    public bool IsNotModified => ErrorCode == 400 && Contains("message is not modified");

    /// <summary>The message to edit or delete no longer exists or can no longer be changed; send a new one instead.</summary>
    public bool IsMessageGone => ErrorCode == 400
        && (Contains("message to edit not found")
            || Contains("message to delete not found")
            || Contains("message can't be edited")
            || Contains("MESSAGE_ID_INVALID"));

    private bool Contains(string fragment) => Description.Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
