namespace Shop.Telegram;

/// <summary>The current webhook set-up, as getWebhookInfo reports it.</summary>
public sealed class WebhookInfo
{
    /// <summary>Empty when no webhook is set (the bot is polling).</summary>
    public string Url { get; init; } = "";

    public bool HasCustomCertificate { get; init; }

    public int PendingUpdateCount { get; init; }

    public string? IpAddress { get; init; }

    public long? LastErrorDate { get; init; }

    public string? LastErrorMessage { get; init; }

    public long? LastSynchronizationErrorDate { get; init; }

    public int? MaxConnections { get; init; }

    public string[]? AllowedUpdates { get; init; }
}
