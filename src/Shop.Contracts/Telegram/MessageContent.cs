namespace Shop.Contracts.Telegram;

/// <summary>
/// What a bot message shows: text (or a photo's caption when <paramref name="PhotoFileId"/> is set) and its buttons.
/// Telegram puts either inline buttons (<paramref name="Keyboard"/>) or a <paramref name="ReplyKeyboard"/> on a new message, not both;
/// <paramref name="RemoveReplyKeyboard"/> takes a reply keyboard shown earlier away.
/// </summary>
public sealed record MessageContent(
    string Text, InlineKeyboard? Keyboard = null, string? PhotoFileId = null, ReplyKeyboard? ReplyKeyboard = null, bool RemoveReplyKeyboard = false);
