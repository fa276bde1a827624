namespace Shop.Cart.Shopping;

/// <summary>What a cart button did, which decides the answer the customer sees.</summary>
public enum CartOutcome
{
    Added,
    AddedUpToStock,
    AllInStock,
    OutOfStock,
    Unavailable,
    NotInCart,
    CartFull,
    Changed,
    Removed,
    Cleared,
}
