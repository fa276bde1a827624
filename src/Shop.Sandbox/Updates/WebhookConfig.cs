namespace Shop.Sandbox.Updates;

/// <summary>One setWebhook call; replaced (and its deliveries cancelled) by the next setWebhook or deleteWebhook.</summary>
internal sealed class WebhookConfig(Uri url, string? secretToken, int maxConnections, IReadOnlyList<string>? allowedUpdates)
{
    private readonly CancellationTokenSource _stop = new();

    public Uri Url { get; } = url;

    public string? SecretToken { get; } = secretToken;

    public int MaxConnections { get; } = maxConnections;

    public IReadOnlyList<string>? AllowedUpdates { get; } = allowedUpdates;

    public CancellationToken Stopped => _stop.Token;

    public void Stop() => _stop.Cancel();
}
