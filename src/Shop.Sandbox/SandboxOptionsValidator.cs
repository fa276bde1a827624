using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Shop.Sandbox;

/// <summary>Rejects settings that would make the sandbox behave unlike Telegram, at start rather than on first use.</summary>
internal sealed partial class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var failures = new List<string>();
        if (!TokenFormat().IsMatch(options.BotToken))
        {
            failures.Add("Sandbox:BotToken must look like '<digits>:<secret>'.");
        }
        if (string.IsNullOrWhiteSpace(options.BotUsername))
        {
            failures.Add("Sandbox:BotUsername is required.");
        }
        if (string.IsNullOrWhiteSpace(options.BotFirstName))
        {
            failures.Add("Sandbox:BotFirstName is required.");
        }
        var limits = options.RateLimits;
        if (limits.GlobalPerSecond <= 0 || limits.PerChatPerSecond <= 0 || limits.PerChatBurst < 1)
        {
            failures.Add("Sandbox:RateLimits needs GlobalPerSecond > 0, PerChatPerSecond > 0 and PerChatBurst >= 1.");
        }
        var webhook = options.Webhook;
        if (webhook.InitialRetryDelay <= TimeSpan.Zero || webhook.MaxRetryDelay < webhook.InitialRetryDelay)
        {
            failures.Add("Sandbox:Webhook needs 0 < InitialRetryDelay <= MaxRetryDelay.");
        }
        if (webhook.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Sandbox:Webhook:RequestTimeout must be positive.");
        }
        if (options.CallbackQueryLifetime <= TimeSpan.Zero || options.PreCheckoutQueryLifetime <= TimeSpan.Zero)
        {
            failures.Add("Sandbox:CallbackQueryLifetime and PreCheckoutQueryLifetime must be positive.");
        }
        if (options.UpdateHistoryLimit < 1)
        {
            failures.Add("Sandbox:UpdateHistoryLimit must be at least 1.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]{1,19}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenFormat();
}
