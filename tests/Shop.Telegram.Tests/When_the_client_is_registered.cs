using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Shop.Telegram.Tests;

public sealed class When_the_client_is_registered
{
    private const string Token = "123456789:AAH-secret_Part9";

    [Fact]
    public async Task Options_are_bound_from_the_telegram_section()
    {
        using var host = Build(new()
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = "http://sandbox:8081",
            ["Telegram:UpdateMode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://shop.example/telegram",
            ["Telegram:WebhookSecret"] = "s3cret",
        });
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.Equal(UpdateMode.Webhook, options.UpdateMode);
        Assert.Equal(new Uri("http://sandbox:8081"), options.ApiBaseUrl);
        Assert.Equal(123456789, options.BotId);
        await host.StopAsync();
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_at_start_with_one_line_per_problem()
    {
        using var host = Build(new() { ["Telegram:UpdateMode"] = "Webhook" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            [
                "Telegram__BotToken is missing",
                "Telegram__WebhookUrl is required when Telegram__UpdateMode is Webhook",
                "Telegram__WebhookSecret is required when Telegram__UpdateMode is Webhook",
            ],
            failure.Failures);
    }

    [Fact]
    public async Task The_http_client_factory_logs_nothing_that_could_carry_the_token()
    {
        var logs = new CapturingLoggerProvider();
        var telegram = FakeTelegram.AnsweringOk("""{"id":123456789,"is_bot":true,"first_name":"Shop"}""");
        using var host = Build(new() { ["Telegram:BotToken"] = Token }, logs, telegram);

        var me = await host.Services.GetRequiredService<BotApiClient>().GetMeAsync(new GetMeRequest());

        Assert.Equal(123456789, me.Id);
        Assert.Equal($"https://api.telegram.org/bot{Token}/getMe", telegram.Single.Uri.AbsoluteUri);
        Assert.DoesNotContain(logs.Entries, entry => entry.Category.StartsWith("System.Net.Http", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, entry => entry.Message.Contains("AAH-secret_Part9", StringComparison.Ordinal));
    }

    private static IHost Build(Dictionary<string, string?> settings, CapturingLoggerProvider? logs = null, FakeTelegram? telegram = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.AddTelegramBotApi();
        if (telegram is not null)
        {
            builder.Services.AddHttpClient(nameof(BotApiClient)).ConfigurePrimaryHttpMessageHandler(() => telegram);
        }

        return builder.Build();
    }
}
