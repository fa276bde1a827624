namespace Shop.Ordering.Checkout;

/// <summary>Where a customer is in the checkout wizard, in the order they meet the steps.</summary>
public enum CheckoutStep
{
    Summary,
    Name,
    Phone,
    Delivery,
    Address,
    Comment,
    Confirm,
}
