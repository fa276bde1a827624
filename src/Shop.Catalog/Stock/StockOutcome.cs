using Shop.Catalog.Data;

namespace Shop.Catalog.Stock;

/// <summary>
/// What a stock command leads to: the answer for the Ordering saga (<c>StockReserved</c> or <c>StockShortage</c>), if any,
/// and the products whose full state is published.
/// </summary>
public sealed record StockOutcome(object? Reply, IReadOnlyList<Product> Products)
{
    public static readonly StockOutcome Nothing = new(null, []);
}
