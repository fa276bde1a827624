namespace Shop.Contracts.Ordering;

/// <summary>One line of an order as the customer saw it: title and unit price are a snapshot, not a reference to the live catalog.</summary>
public sealed record OrderLine(Guid ProductId, string Title, long UnitPriceMinor, int Quantity);
