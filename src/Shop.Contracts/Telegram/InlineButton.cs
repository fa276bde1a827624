namespace Shop.Contracts.Telegram;

/// <summary>One inline button: either callback data (at most 64 bytes) or a URL.</summary>
public sealed record InlineButton(string Text, string? CallbackData = null, string? Url = null);
