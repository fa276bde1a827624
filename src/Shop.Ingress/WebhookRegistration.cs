using Microsoft.Extensions.Options;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>Registers the webhook with Telegram at start, retrying until Telegram accepts it.</summary>
public sealed class WebhookRegistration(BotApiClient bot, IOptions<TelegramOptions> options, ILogger<WebhookRegistration> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var telegram = options.Value;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await bot.SetWebhookAsync(new SetWebhookRequest(telegram.WebhookUrl!.ToString(), telegram.WebhookSecret, 40,
                    UpdateRouter.AllowedUpdates, false), stoppingToken);
                logger.LogInformation("Webhook registered at {Host}", telegram.WebhookUrl!.Host);
                return;
            }
            catch (Exception e) when (e is TelegramApiException or TelegramTransportException)
            {
                logger.LogWarning("setWebhook failed ({Reason}); attempt {Attempt}", e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), stoppingToken);
            }
        }
    }
}
