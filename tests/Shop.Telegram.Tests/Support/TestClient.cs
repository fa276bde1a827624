using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Shop.Telegram.Tests;

/// <summary>Builds a <see cref="BotApiClient"/> over a fake handler.</summary>
internal static class TestClient
{
    public const string Token = "123456789:AAH-secret_Part9";

    public static BotApiClient Create(
        HttpMessageHandler handler,
        string baseUrl = "https://api.telegram.org",
        ILogger<BotApiClient>? logger = null,
        TimeSpan? requestTimeout = null,
        TelegramMetrics? metrics = null) =>
        new(
            new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan },
            Options.Create(new TelegramOptions
            {
                BotToken = Token,
                ApiBaseUrl = new Uri(baseUrl),
                RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
            }),
            metrics ?? new TelegramMetrics(new TestMeterFactory()),
            logger ?? NullLogger<BotApiClient>.Instance);
}
