using Shop.Contracts.Ordering;

namespace Shop.Ordering.Orders;

/// <summary>Which action moves an order from which status to which: the whole lifecycle in one table the saga and the screens share.</summary>
public static class OrderRules
{
    /// <summary>The status <paramref name="action"/> leads to from <paramref name="status"/>, or null when it does not apply there.</summary>
    public static string? Target(string status, OrderAction action, DeliveryMethod delivery) => (status, action) switch
    {
        (OrderStatus.Placed, OrderAction.Accept) => OrderStatus.Accepted,
        (OrderStatus.Placed, OrderAction.Reject) => OrderStatus.Cancelled,
        (OrderStatus.Placed, OrderAction.CancelByCustomer) => OrderStatus.Cancelled,
        (OrderStatus.Accepted, OrderAction.MarkShipped) when delivery == DeliveryMethod.Delivery => OrderStatus.Shipped,
        (OrderStatus.Accepted, OrderAction.MarkReadyForPickup) when delivery == DeliveryMethod.Pickup => OrderStatus.ReadyForPickup,
        (OrderStatus.Accepted, OrderAction.Reject) => OrderStatus.Cancelled,
        (OrderStatus.Shipped, OrderAction.MarkDelivered) => OrderStatus.Delivered,
        (OrderStatus.ReadyForPickup, OrderAction.MarkDelivered) => OrderStatus.Delivered,
        (OrderStatus.ReadyForPickup, OrderAction.Reject) => OrderStatus.Cancelled,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="byUserId"/> may ask for <paramref name="action"/>: the customer may only cancel their own order,
    /// and only staff may do anything else.
    /// </summary>
    public static bool MayAct(OrderState order, OrderAction action, long byUserId, IReadOnlySet<long> staff) =>
        action == OrderAction.CancelByCustomer ? byUserId == order.CustomerId : staff.Contains(byUserId);

    /// <summary>The actions staff can take on an order now, in the order their buttons are shown.</summary>
    public static IReadOnlyList<OrderAction> StaffActions(string status, DeliveryMethod delivery) =>
        new[] { OrderAction.Accept, OrderAction.MarkShipped, OrderAction.MarkReadyForPickup, OrderAction.MarkDelivered, OrderAction.Reject }
            .Where(action => Target(status, action, delivery) is not null)
            .ToList();

    public static bool IsOpen(string status) => OrderStatus.Open.Contains(status);

    /// <summary>Stock is held from placing until the order is cancelled; a delivered order's stock is gone for good.</summary>
    public static bool HoldsStock(string status) => IsOpen(status);

    public static long Total(IEnumerable<OrderLine> lines) => lines.Sum(line => line.UnitPriceMinor * line.Quantity);
}
