using Microsoft.Extensions.Options;
using Shop.Messaging;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>Sets the bot's command menus at start; a failure is logged and retried, it never stops updates flowing.</summary>
public sealed class BotMenuRegistration(BotApiClient bot, IOptions<ShopOptions> shop, ILogger<BotMenuRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; attempt <= 10 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                foreach (var request in BotMenu.Requests(shop.Value.Owners.Order())) await bot.SetMyCommandsAsync(request, stoppingToken);
                return;
            }
            catch (Exception e) when (e is TelegramApiException or TelegramTransportException)
            {
                logger.LogWarning("setMyCommands failed ({Reason}); attempt {Attempt}", e.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt * 3), stoppingToken);
            }
        }
    }
}
