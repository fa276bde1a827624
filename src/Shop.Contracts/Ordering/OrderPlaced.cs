namespace Shop.Contracts.Ordering;

/// <summary>An order is durable and its stock reserved: the Cart takes the ordered quantities out of the customer's cart.</summary>
public sealed record OrderPlaced(
    Guid OrderId, int Number, long CustomerId, string Currency, long TotalMinor, IReadOnlyList<OrderLine> Lines, DateTimeOffset PlacedAt);
