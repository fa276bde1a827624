using Shop.Contracts.Ordering;

namespace Shop.Ordering.Orders;

/// <summary>A parsed order button.</summary>
public sealed record OrderPress(OrderPressKind Kind, Guid OrderId = default, OrderAction Action = default, RejectReason Reason = default, int Page = 0);
