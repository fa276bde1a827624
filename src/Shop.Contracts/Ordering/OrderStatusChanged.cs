namespace Shop.Contracts.Ordering;

/// <summary>An order moved from one status to another; <paramref name="ByUserId"/> is null when the shop itself did it (a timeout).</summary>
public sealed record OrderStatusChanged(
    Guid OrderId, int Number, long CustomerId, string From, string To, long? ByUserId, string? ByName, string? Reason, DateTimeOffset ChangedAt);
