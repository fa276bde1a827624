namespace Shop.Telegram;

/// <summary>A press on an inline keyboard button.</summary>
public sealed class CallbackQuery
{
    public string Id { get; init; } = "";

    public User From { get; init; } = new();

    /// <summary>The message with the button; may be inaccessible (see <see cref="Shop.Telegram.Message.IsInaccessible"/>) or absent for inline messages.</summary>
    public Message? Message { get; init; }

    public string? InlineMessageId { get; init; }

    public string ChatInstance { get; init; } = "";

    public string? Data { get; init; }
}
