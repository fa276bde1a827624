namespace Shop.Sandbox;

/// <summary>How the sandbox retries webhook deliveries; Telegram never drops an update, it retries until answered 2xx.</summary>
public sealed class WebhookOptions
{
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Telegram waits about a minute for the bot's answer to one delivery.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
