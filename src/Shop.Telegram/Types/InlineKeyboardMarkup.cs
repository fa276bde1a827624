namespace Shop.Telegram;

/// <summary>Buttons shown under a message, in rows.</summary>
public sealed class InlineKeyboardMarkup : ReplyMarkup
{
    public IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard { get; init; } = [];
}
