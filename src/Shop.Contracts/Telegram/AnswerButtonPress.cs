namespace Shop.Contracts.Telegram;

/// <summary>Asks the notifier to answer a button press, stopping its spinner; with text, shown as a toast or an alert.</summary>
public sealed record AnswerButtonPress(string CallbackQueryId, string? Text = null, bool ShowAlert = false);
