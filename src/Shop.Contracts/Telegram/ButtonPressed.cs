namespace Shop.Contracts.Telegram;

/// <summary>
/// A user pressed an inline button; <paramref name="MessageId"/> is the message that carried it, when Telegram still shows it,
/// and <paramref name="Shown"/> what that message shows (its text or caption, photo and buttons, as Telegram sends them),
/// so a worker can change part of another worker's screen, as the Cart puts the count on the Catalog's product card.
/// </summary>
public sealed record ButtonPressed(
    long UpdateId, string CallbackQueryId, long ChatId, int? MessageId, TelegramUser From, string Data, DateTimeOffset PressedAt,
    MessageContent? Shown = null);
