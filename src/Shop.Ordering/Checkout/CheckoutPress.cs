namespace Shop.Ordering.Checkout;

/// <summary>
/// A checkout button's data once read and checked. <see cref="Step"/> is the step the button belongs to: a press on a
/// step the checkout has already left (a double press, an old message) changes nothing. Null for Cancel, valid on any step.
/// </summary>
public sealed record CheckoutPress(CheckoutPressKind Kind, Guid CheckoutId, CheckoutStep? Step);
