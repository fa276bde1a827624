namespace Shop.Telegram;

/// <summary>A special span in a message text (command, link, formatting), measured in UTF-16 code units.</summary>
public sealed class MessageEntity
{
    public string Type { get; init; } = "";

    public int Offset { get; init; }

    public int Length { get; init; }

    public string? Url { get; init; }

    public User? User { get; init; }

    public string? Language { get; init; }

    public string? CustomEmojiId { get; init; }
}
