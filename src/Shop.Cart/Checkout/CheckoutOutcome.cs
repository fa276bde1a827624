namespace Shop.Cart.Checkout;

/// <summary>Whether the cart can be handed to ordering as it is, which decides the answer to the Checkout button.</summary>
public enum CheckoutOutcome
{
    Ready,
    NothingToBuy,
    SeveralCurrencies,
}
