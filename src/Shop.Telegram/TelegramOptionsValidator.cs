using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Shop.Telegram;

/// <summary>Checks <see cref="TelegramOptions"/> at start-up and names each problem by its environment variable.</summary>
/// <remarks>Messages never echo the token: start-up failures end up in logs and CI output.</remarks>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Telegram__BotToken is missing");
        }
        else if (!TokenPattern().IsMatch(options.BotToken))
        {
            failures.Add("Telegram__BotToken is malformed (expected <bot id>:<secret>)");
        }

        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Telegram__ApiBaseUrl must be an absolute http(s) URL");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Telegram__RequestTimeout must be positive");
        }

        if (options.UpdateMode == UpdateMode.Webhook)
        {
            if (options.WebhookUrl is null)
            {
                failures.Add("Telegram__WebhookUrl is required when Telegram__UpdateMode is Webhook");
            }
            else if (!options.WebhookUrl.IsAbsoluteUri)
            {
                failures.Add("Telegram__WebhookUrl must be an absolute URL");
            }

            if (string.IsNullOrEmpty(options.WebhookSecret))
            {
                failures.Add("Telegram__WebhookSecret is required when Telegram__UpdateMode is Webhook");
            }
            else if (!SecretPattern().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram__WebhookSecret is malformed (expected 1-256 characters of A-Z, a-z, 0-9, _ and -)");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
