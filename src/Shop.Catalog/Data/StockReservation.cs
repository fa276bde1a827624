namespace Shop.Catalog.Data;

/// <summary>
/// One order's hold on stock: taken once, given back once. A row with no <see cref="ReservedAt"/> is an order released before
/// it was reserved (the two commands travel on different queues), kept so that the late reservation takes nothing.
/// </summary>
public sealed class StockReservation
{
    public Guid OrderId { get; set; }

    public DateTimeOffset? ReservedAt { get; set; }

    public DateTimeOffset? ReleasedAt { get; set; }

    public List<StockReservationLine> Lines { get; set; } = [];
}
