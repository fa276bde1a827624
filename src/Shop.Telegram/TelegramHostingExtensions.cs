using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Shop.Telegram;

/// <summary>Registers the Bot API client, its validated options and its metrics on a host.</summary>
public static class TelegramHostingExtensions
{
    public static IHostApplicationBuilder AddTelegramBotApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>()
            .Bind(builder.Configuration.GetSection(TelegramOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<TelegramMetrics>();

        // The client enforces its own deadline per request, because a long poll legitimately outlasts any fixed timeout.
        // The factory's default logging writes the request URL, and the URL carries the bot token.
        builder.Services.AddHttpClient<BotApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        return builder;
    }
}
