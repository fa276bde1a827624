namespace Shop.Contracts.Telegram;

/// <summary>Buttons shown in place of the user's keyboard until used (e.g. "Share my phone number").</summary>
public sealed record ReplyKeyboard(IReadOnlyList<IReadOnlyList<ReplyButton>> Rows);
