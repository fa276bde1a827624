namespace Shop.Ordering.Orders;

/// <summary>One line of an order's audit trail; <paramref name="ByUserId"/> is null when the shop itself acted (a timeout).</summary>
public sealed record OrderTransition(string From, string To, long? ByUserId, string? ByName, string? Reason, DateTimeOffset At);
