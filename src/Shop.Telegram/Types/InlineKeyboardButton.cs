namespace Shop.Telegram;

/// <summary>One inline button; set exactly one of <see cref="CallbackData"/> (1-64 bytes) or <see cref="Url"/>.</summary>
public sealed class InlineKeyboardButton
{
    public string Text { get; init; } = "";

    public string? CallbackData { get; init; }

    public string? Url { get; init; }

    public static InlineKeyboardButton WithCallbackData(string text, string callbackData) =>
        new() { Text = text, CallbackData = callbackData };

    public static InlineKeyboardButton WithUrl(string text, string url) => new() { Text = text, Url = url };
}
