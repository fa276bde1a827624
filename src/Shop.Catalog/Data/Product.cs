namespace Shop.Catalog.Data;

/// <summary>Something the shop sells, priced in integer minor units of its currency.</summary>
public sealed class Product
{
    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 1000;
    public const int MaxPhotoFileIdLength = 500;

    public Guid Id { get; set; }

    public Guid CategoryId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public long PriceMinor { get; set; }

    public required string Currency { get; set; }

    /// <summary>Telegram's file_id of the photo, sent again by id every time the card is shown.</summary>
    public string? PhotoFileId { get; set; }

    public int Stock { get; set; }

    public bool Active { get; set; } = true;

    public int Position { get; set; }

    /// <summary>Grows with every change; also the optimistic concurrency token of the row.</summary>
    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
