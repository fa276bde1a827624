namespace Shop.Telegram;

/// <summary>A custom keyboard that replaces the user's keyboard.</summary>
public sealed class ReplyKeyboardMarkup : ReplyMarkup
{
    public IReadOnlyList<IReadOnlyList<KeyboardButton>> Keyboard { get; init; } = [];

    public bool? IsPersistent { get; init; }

    public bool? ResizeKeyboard { get; init; }

    public bool? OneTimeKeyboard { get; init; }

    public string? InputFieldPlaceholder { get; init; }

    public bool? Selective { get; init; }
}
