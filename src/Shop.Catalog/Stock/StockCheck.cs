using Shop.Catalog.Data;
using Shop.Contracts.Ordering;

namespace Shop.Catalog.Stock;

/// <summary>The pure part of a reservation: what an order asks of each product, and which of its lines the catalog cannot supply.</summary>
public static class StockCheck
{
    /// <summary>
    /// One line per product, in the order's own order, quantities summed: an order naming a product twice must find the sum
    /// in stock, not each part. A line asking for less than one is a broken command, not a shortage.
    /// </summary>
    public static IReadOnlyList<OrderLine> Merge(IEnumerable<OrderLine> lines)
    {
        var merged = new List<OrderLine>();
        foreach (var product in lines.GroupBy(l => l.ProductId))
        {
            if (product.Any(l => l.Quantity < 1))
                throw new ArgumentException($"Order line for product {product.Key} asks for less than one.", nameof(lines));
            merged.Add(product.First() with { Quantity = product.Sum(l => l.Quantity) });
        }
        return merged;
    }

    /// <summary>
    /// The lines that cannot be reserved: a product that is gone or hidden has none to offer; otherwise what is in stock.
    /// The title is the product's as it is now, or the order's snapshot of it when the product is gone.
    /// </summary>
    public static IReadOnlyList<StockShortfall> Shortfalls(IReadOnlyList<OrderLine> lines, IReadOnlyDictionary<Guid, Product> products) =>
        Standing(lines, products).Where(s => s.Available < s.Requested).ToList();

    /// <summary>Every line with what the catalog has for it now, short or not.</summary>
    public static IReadOnlyList<StockShortfall> Standing(IReadOnlyList<OrderLine> lines, IReadOnlyDictionary<Guid, Product> products) =>
        lines.Select(line => products.TryGetValue(line.ProductId, out var product)
                ? new StockShortfall(line.ProductId, product.Title, line.Quantity, product.Active ? product.Stock : 0)
                : new StockShortfall(line.ProductId, line.Title, line.Quantity, 0))
            .ToList();
}
