namespace Shop.Cart.Shopping;

/// <summary>Whether a cart line can be bought now, by the cart's copy of the catalog.</summary>
public enum ItemAvailability
{
    Available,
    OutOfStock,
    Unavailable,
}
