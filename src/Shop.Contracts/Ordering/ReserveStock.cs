namespace Shop.Contracts.Ordering;

/// <summary>Asks the Catalog to take an order's quantities out of stock, all lines or none. Answered by <see cref="StockReserved"/> or <see cref="StockShortage"/>.</summary>
public sealed record ReserveStock(Guid OrderId, IReadOnlyList<OrderLine> Lines);
