namespace Shop.Contracts.Telegram;

/// <summary>What a bot message shows: text (or a photo's caption when <paramref name="PhotoFileId"/> is set) and its buttons.</summary>
public sealed record MessageContent(string Text, InlineKeyboard? Keyboard = null, string? PhotoFileId = null);
