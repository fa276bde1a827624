namespace Shop.Sandbox.BotApi;

/// <summary>A Bot API failure, answered with Telegram's error envelope and status code.</summary>
internal sealed class BotApiException(int errorCode, string description, int? retryAfter = null) : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    public int? RetryAfter { get; } = retryAfter;

    public static BotApiException BadRequest(string detail) => new(400, "Bad Request: " + detail);
}
