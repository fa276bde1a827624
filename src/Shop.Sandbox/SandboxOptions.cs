namespace Shop.Sandbox;

/// <summary>Settings of the Bot API stand-in, bound from the "Sandbox" configuration section.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The only token the fake Bot API accepts, "&lt;digits&gt;:&lt;secret&gt;"; the digits are the bot's user id.</summary>
    public string BotToken { get; set; } = "";

    public string BotUsername { get; set; } = "shop_sandbox_bot";

    public string BotFirstName { get; set; } = "Shop";

    public RateLimitOptions RateLimits { get; set; } = new();

    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>Telegram refuses answers to callback queries older than about 15 seconds.</summary>
    public TimeSpan CallbackQueryLifetime { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Telegram cancels a payment whose pre-checkout query is not answered within 10 seconds.</summary>
    public TimeSpan PreCheckoutQueryLifetime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many past updates stay available for redelivery through the control API.</summary>
    public int UpdateHistoryLimit { get; set; } = 100_000;

    public long BotId => long.TryParse(BotToken.Split(':')[0], out var id) ? id : 0;
}
