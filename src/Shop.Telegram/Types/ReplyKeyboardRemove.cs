namespace Shop.Telegram;

/// <summary>Asks the client to hide the current reply keyboard.</summary>
public sealed class ReplyKeyboardRemove : ReplyMarkup
{
    // Telegram requires the field and only accepts true.
    public bool RemoveKeyboard => true;

    public bool? Selective { get; init; }
}
