namespace Shop.Telegram;

/// <summary>How the link preview of a message is shown, or that it is not shown at all.</summary>
public sealed class LinkPreviewOptions
{
    public bool? IsDisabled { get; init; }

    public string? Url { get; init; }

    public bool? PreferSmallMedia { get; init; }

    public bool? PreferLargeMedia { get; init; }

    public bool? ShowAboveText { get; init; }
}
