namespace Shop.Ordering.Checkout;

/// <summary>What a checkout button asks for.</summary>
public enum CheckoutPressKind
{
    Continue,
    UseSaved,
    UseTelegramName,
    Keep,
    ChooseDelivery,
    ChoosePickup,
    SkipComment,
    Confirm,
    Change,
    Back,
    Cancel,
}
