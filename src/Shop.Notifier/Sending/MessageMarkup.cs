using Shop.Contracts.Telegram;
using Shop.Telegram;

namespace Shop.Notifier.Sending;

/// <summary>Turns a message's buttons into the Bot API's reply_markup. Pure, so every case is unit-tested.</summary>
public static class MessageMarkup
{
    /// <summary>
    /// The markup of a new message. Telegram takes one kind per message, so a reply keyboard wins over inline buttons
    /// (asking the user for something matters more than the buttons under the text), and inline buttons win over taking a
    /// reply keyboard away (a one-time keyboard hides itself once used; a screen without its buttons is a dead end).
    /// </summary>
    public static ReplyMarkup? ForSend(MessageContent content) =>
        content.ReplyKeyboard is { } keyboard ? ToReplyKeyboard(keyboard)
        : content.RemoveReplyKeyboard && content.Keyboard is null ? new ReplyKeyboardRemove()
        : ForEdit(content);

    /// <summary>The markup of an edit: only inline buttons can be edited onto a message.</summary>
    public static InlineKeyboardMarkup? ForEdit(MessageContent content) =>
        content.Keyboard is not { } keyboard
            ? null
            : new InlineKeyboardMarkup
            {
                InlineKeyboard = keyboard.Rows
                    .Select(row => (IReadOnlyList<InlineKeyboardButton>)row
                        .Select(button => new InlineKeyboardButton { Text = button.Text, CallbackData = button.CallbackData, Url = button.Url })
                        .ToList())
                    .ToList(),
            };

    /// <summary>Telegram cannot edit a reply keyboard onto a message, nor take one away by an edit: it needs a new message.</summary>
    public static bool NeedsNewMessage(MessageContent content) => content.ReplyKeyboard is not null || content.RemoveReplyKeyboard;

    /// <summary>True when the content asks for inline buttons that <see cref="ForSend"/> has to leave off.</summary>
    public static bool DropsInlineButtons(MessageContent content) => content.Keyboard is not null && content.ReplyKeyboard is not null;

    // One-time and resized: the keyboard asks one question (share the phone) and gets out of the way once answered.
    static ReplyKeyboardMarkup ToReplyKeyboard(ReplyKeyboard keyboard) => new()
    {
        Keyboard = keyboard.Rows
            .Select(row => (IReadOnlyList<KeyboardButton>)row
                .Select(button => new KeyboardButton { Text = button.Text, RequestContact = button.RequestContact ? true : null })
                .ToList())
            .ToList(),
        ResizeKeyboard = true,
        OneTimeKeyboard = true,
    };
}
