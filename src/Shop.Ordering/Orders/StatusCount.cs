namespace Shop.Ordering.Orders;

/// <summary>How many orders are in one status, and when the least recently changed of them last changed.</summary>
public sealed record StatusCount(string Status, long Count, DateTimeOffset OldestUpdate);
