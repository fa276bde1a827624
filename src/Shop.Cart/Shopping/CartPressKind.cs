namespace Shop.Cart.Shopping;

/// <summary>What a cart button asks for.</summary>
public enum CartPressKind
{
    View,
    Add,
    Increase,
    Decrease,
    Remove,
    Clear,
    ConfirmClear,
    Checkout,
}
