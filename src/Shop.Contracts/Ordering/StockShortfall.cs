namespace Shop.Contracts.Ordering;

/// <summary>A line the Catalog could not reserve: how many were asked for and how many are left (0 when the product is gone or hidden).</summary>
public sealed record StockShortfall(Guid ProductId, string Title, int Requested, int Available);
