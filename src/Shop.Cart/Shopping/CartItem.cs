using Shop.Cart.Data;

namespace Shop.Cart.Shopping;

/// <summary>One cart line with what the cart's copy of the catalog says about its product now (null: never heard of).</summary>
public sealed record CartItem(Guid ProductId, int Quantity, Product? Product)
{
    public ItemAvailability Availability => Product switch
    {
        null or { Active: false } => ItemAvailability.Unavailable,
        { Stock: <= 0 } => ItemAvailability.OutOfStock,
        _ => ItemAvailability.Available,
    };

    /// <summary>Units that can be bought now: the quantity, capped by the stock; none when out of stock or hidden.</summary>
    public int BuyableQuantity => Availability == ItemAvailability.Available ? Math.Min(Quantity, Product!.Stock) : 0;

    public long TotalMinor => BuyableQuantity * (Product?.PriceMinor ?? 0);
}
