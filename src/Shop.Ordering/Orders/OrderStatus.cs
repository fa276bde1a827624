namespace Shop.Ordering.Orders;

/// <summary>The names of the order saga's states, as stored in <c>orders.status</c> and shown in lists.</summary>
public static class OrderStatus
{
    public const string Reserving = nameof(Reserving);
    public const string Placed = nameof(Placed);
    public const string Accepted = nameof(Accepted);
    public const string Shipped = nameof(Shipped);
    public const string ReadyForPickup = nameof(ReadyForPickup);
    public const string Delivered = nameof(Delivered);
    public const string Cancelled = nameof(Cancelled);
    public const string NotPlaced = nameof(NotPlaced);

    /// <summary>Orders staff still have to act on.</summary>
    public static readonly IReadOnlyList<string> Open = [Placed, Accepted, Shipped, ReadyForPickup];

    /// <summary>Orders a customer sees in <c>/myorders</c> (an order that could not be placed never existed for them).</summary>
    public static readonly IReadOnlyList<string> Visible = [Placed, Accepted, Shipped, ReadyForPickup, Delivered, Cancelled];
}
