using Microsoft.Extensions.Options;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>
/// Long polling. The offset moves past an update only after the broker confirmed it; Telegram keeps unconfirmed updates,
/// so a crash or restart loses none (a repeat is recognised downstream by its message id).
/// </summary>
public sealed class UpdatePoller(BotApiClient bot, UpdatePublisher publisher, AccessReplica access, IOptions<IngressOptions> options,
    ILogger<UpdatePoller> logger) : BackgroundService
{
    long? _offset;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        // A private shop's gate cannot judge an update before the access list is loaded: Telegram keeps them until then.
        if (!access.WhenReadyAsync(CancellationToken.None).IsCompleted)
        {
            logger.LogInformation("Waiting for the access list before taking updates");
            try
            {
                await access.WhenReadyAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
        logger.LogInformation("Long polling for updates");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdatesAsync(
                    new GetUpdatesRequest(_offset, 100, options.Value.PollTimeoutSeconds, UpdateRouter.AllowedUpdates), stoppingToken);
                if (updates.Count > 0)
                {
                    // Not the stopping token: an update fetched is published to the end, or not at all and fetched again.
                    await publisher.PublishAsync(updates, CancellationToken.None);
                    _offset = updates.Max(update => update.UpdateId) + 1;
                }
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (TelegramApiException e) when (e.ErrorCode == 409)
            {
                failures++;
                logger.LogError("Telegram refuses getUpdates (409): another poller or a webhook is active for this bot. " +
                    "Stop the other instance, or set Telegram__UpdateMode=Webhook. ({Description})", e.Description);
                await BackOff(failures, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                logger.LogWarning("Polling failed ({Reason}); retrying, nothing is lost", e.Message);
                await BackOff(failures, stoppingToken);
            }
        }
        await ConfirmOffsetAsync();
        logger.LogInformation("Long polling stopped at offset {Offset}", _offset);
    }

    /// <summary>Tells Telegram what was published, so a restart does not fetch it again.</summary>
    async Task ConfirmOffsetAsync()
    {
        if (_offset is null) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await bot.GetUpdatesAsync(new GetUpdatesRequest(_offset, 1, 0, UpdateRouter.AllowedUpdates), timeout.Token);
        }
        catch (Exception e) when (e is TelegramApiException or TelegramTransportException or OperationCanceledException)
        {
            logger.LogDebug("Could not confirm offset {Offset} on stop ({Reason}); the next start repeats those updates", _offset, e.Message);
        }
    }

    static async Task BackOff(int failures, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5)) / 2)), stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop condition ends the poller.
        }
    }
}
