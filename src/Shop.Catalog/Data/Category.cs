namespace Shop.Catalog.Data;

/// <summary>A shelf of the shop; customers browse categories first.</summary>
public sealed class Category
{
    public const int MaxTitleLength = 64;

    public Guid Id { get; set; }

    public required string Title { get; set; }

    public int Position { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>Grows with every change, so copies held by other workers can ignore stale events.</summary>
    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
