using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>Settings for talking to the Bot API, bound from the "Telegram" configuration section.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public string BotToken { get; set; } = "";

    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    public UpdateMode UpdateMode { get; set; } = UpdateMode.Polling;

    public string? WebhookSecret { get; set; }

    public Uri? WebhookUrl { get; set; }

    /// <summary>How long one request may take; a long poll gets its own poll timeout on top.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The bot's user id, which is the part of the token before the colon (0 when the token is malformed).</summary>
    [JsonIgnore]
    public long BotId
    {
        get
        {
            var colon = BotToken.IndexOf(':');
            return colon > 0 && long.TryParse(BotToken.AsSpan(0, colon), out var id) ? id : 0;
        }
    }
}
