namespace Shop.Contracts.Catalog;

/// <summary>
/// The whole current state of a product after any change, so other workers can keep their own copy.
/// <paramref name="Version"/> grows with every change: a copy ignores an event older than what it holds.
/// </summary>
public sealed record ProductChanged(
    Guid ProductId, Guid CategoryId, string Title, string Description, long PriceMinor, string Currency, string? PhotoFileId,
    int Stock, bool Active, int Position, long Version, DateTimeOffset ChangedAt);
