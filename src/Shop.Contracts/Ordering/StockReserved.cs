namespace Shop.Contracts.Ordering;

/// <summary>The Catalog reserved every line of the order (also the answer to a repeated <see cref="ReserveStock"/> already done).</summary>
public sealed record StockReserved(Guid OrderId, DateTimeOffset ReservedAt);
