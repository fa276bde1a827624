namespace Shop.Contracts.Catalog;

/// <summary>The whole current state of a category after any change; <paramref name="Version"/> orders the changes.</summary>
public sealed record CategoryChanged(Guid CategoryId, string Title, int Position, bool Active, long Version, DateTimeOffset ChangedAt);
