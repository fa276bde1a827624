namespace Shop.Cart.Shopping;

/// <summary>A customer's cart as the views show it: its lines in the order they were added.</summary>
public sealed record CartContents(IReadOnlyList<CartItem> Items)
{
    public static readonly CartContents Empty = new([]);

    /// <summary>Units that can be bought now; out-of-stock and hidden lines do not count.</summary>
    public int BuyableUnits => Items.Sum(item => item.BuyableQuantity);

    /// <summary>The total per currency, in the order the currencies first appear (a shop normally has one).</summary>
    public IReadOnlyList<Amount> Totals =>
        Items.Where(item => item.BuyableQuantity > 0)
            .GroupBy(item => item.Product!.Currency)
            .Select(group => new Amount(group.Sum(item => item.TotalMinor), group.Key))
            .ToList();
}
