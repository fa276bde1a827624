namespace Shop.Ingress;

/// <summary>Ingress settings (section <c>Ingress</c>).</summary>
public sealed class IngressOptions
{
    public const string SectionName = "Ingress";

    /// <summary>Where Telegram posts updates; the path part of <c>Telegram__WebhookUrl</c> should match.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>Updates are a few kilobytes; anything far larger is not from Telegram.</summary>
    public int MaxUpdateBytes { get; set; } = 256 * 1024;

    /// <summary>How long to wait for the broker's confirmation before telling Telegram to retry.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the copy of the access list is loaded again from the Access worker. Its events keep it current in between;
    /// this bounds how stale it can be after events were missed (a broker restart drops this process's event queue).
    /// </summary>
    public TimeSpan AccessRefresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many queues users' updates are spread over (by user id). Each is worked one update at a time, so a user's updates
    /// are handled in order; more partitions let more users be served at once. Changing it re-spreads users, so only change
    /// it with no updates waiting.
    /// </summary>
    public int Partitions { get; set; } = 32;

    /// <summary>How long a user's next update waits for the worker handling the previous one before it goes on anyway.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Long-polling wait per getUpdates call.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;
}
