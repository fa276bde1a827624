namespace Shop.Catalog.Data;

/// <summary>How many of one product an order holds; one line per product, whatever the order's lines looked like.</summary>
public sealed class StockReservationLine
{
    public Guid OrderId { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }
}
