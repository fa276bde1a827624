namespace Shop.Contracts.Ordering;

/// <summary>The Catalog reserved nothing for the order because these lines are short; nothing was taken out of stock.</summary>
public sealed record StockShortage(Guid OrderId, IReadOnlyList<StockShortfall> Shortfalls, DateTimeOffset CheckedAt);
