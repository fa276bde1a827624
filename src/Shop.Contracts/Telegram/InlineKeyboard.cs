namespace Shop.Contracts.Telegram;

/// <summary>Rows of inline buttons under a message.</summary>
public sealed record InlineKeyboard(IReadOnlyList<IReadOnlyList<InlineButton>> Rows);
