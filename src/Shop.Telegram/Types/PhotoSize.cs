namespace Shop.Telegram;

/// <summary>One size of a photo; Telegram sends several, smallest first.</summary>
public sealed class PhotoSize
{
    public string FileId { get; init; } = "";

    public string FileUniqueId { get; init; } = "";

    public int Width { get; init; }

    public int Height { get; init; }

    public long? FileSize { get; init; }
}
