namespace Shop.Telegram;

/// <summary>One button of a reply keyboard; pressing it sends its text, or the user's phone number when it requests the contact.</summary>
public sealed class KeyboardButton
{
    public string Text { get; init; } = "";

    public bool? RequestContact { get; init; }
}
