namespace Shop.Ordering.Checkout;

/// <summary>What one press, text or contact did to a checkout, which decides what the customer is shown.</summary>
public enum CheckoutOutcomeKind
{
    /// <summary>Not an answer to the checkout (no step waits for it): nothing is said.</summary>
    Ignored,

    /// <summary>The checkout is on a step (a new one, or the same again after a stale press) that is to be shown.</summary>
    Shown,

    /// <summary>The answer was not valid: the customer is told why and nothing changed.</summary>
    Refused,

    /// <summary>Everything is given and confirmed: the order is to be submitted.</summary>
    Confirmed,

    AlreadyPlaced,

    /// <summary>The button belongs to a checkout that is not the presser's open one.</summary>
    NotOpen,

    Cancelled,
}
