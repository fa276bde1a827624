namespace Shop.Contracts.Telegram;

/// <summary>A reply-keyboard button: pressing it sends its text, or with <paramref name="RequestContact"/> the user's own phone contact.</summary>
public sealed record ReplyButton(string Text, bool RequestContact = false);
