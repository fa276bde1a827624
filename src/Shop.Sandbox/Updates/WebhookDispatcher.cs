using System.Text;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox.Updates;

/// <summary>
/// Pushes queued updates to the bot's webhook while one is set: up to max_connections in flight,
/// each retried with doubling backoff until the bot answers 2xx. Updates are never dropped.
/// </summary>
internal sealed partial class WebhookDispatcher(
    UpdateQueue queue,
    SandboxStats stats,
    TimeProvider time,
    IOptions<SandboxOptions> options,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 100, UseProxy = false })
    {
        Timeout = options.Value.Webhook.RequestTimeout,
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var (config, changed) = queue.CurrentWebhook();
                if (config is null)
                {
                    await changed.WaitAsync(stoppingToken);
                    continue;
                }
                await DispatchAsync(config, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private async Task DispatchAsync(WebhookConfig config, CancellationToken stoppingToken)
    {
        // Not disposed: deliveries started here may still observe the token after this method returns.
        var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, config.Stopped);
        var slots = new SemaphoreSlim(config.MaxConnections);
        try
        {
            while (true)
            {
                await slots.WaitAsync(stop.Token);
                var update = queue.TryClaim(config, out var changed);
                if (update is null)
                {
                    slots.Release();
                    await changed.WaitAsync(stop.Token);
                    continue;
                }
                _ = DeliverAsync(config, update, slots, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The webhook was replaced or deleted, or the host is stopping.
        }
    }

    private async Task DeliverAsync(WebhookConfig config, QueuedUpdate update, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        var delay = options.Value.Webhook.InitialRetryDelay;
        try
        {
            while (true)
            {
                var error = await TryPostAsync(config, update, cancellationToken);
                if (error is null)
                {
                    queue.Delivered(update);
                    stats.CountWebhookDelivered();
                    return;
                }
                stats.CountWebhookFailure();
                queue.RecordWebhookError(error);
                LogDeliveryFailed(update.UpdateId, error, delay);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.Webhook.MaxRetryDelay.Ticks));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            queue.Release(update, config);
        }
        catch (Exception ex)
        {
            // Never lose the update: hand it back so the dispatcher picks it up again.
            LogDeliveryCrashed(ex, update.UpdateId);
            queue.Release(update, config);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Returns null when the bot answered 2xx, otherwise the error as getWebhookInfo reports it.</summary>
    private async Task<string?> TryPostAsync(WebhookConfig config, QueuedUpdate update, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, config.Url)
        {
            Content = new StringContent(update.Json, Encoding.UTF8, "application/json"),
        };
        if (config.SecretToken is { } secret)
        {
            request.Headers.TryAddWithoutValidation(SecretHeader, secret);
        }
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? null
                : $"Wrong response from the webhook: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException ex)
        {
            return ex.HttpRequestError == HttpRequestError.ConnectionError ? "Connection refused" : ex.Message;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "Read timeout expired";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery of update {UpdateId} failed ({Error}); retrying in {Delay}")]
    private partial void LogDeliveryFailed(long? updateId, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery of update {UpdateId} failed unexpectedly; it will be retried")]
    private partial void LogDeliveryCrashed(Exception exception, long? updateId);
}
