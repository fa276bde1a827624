namespace Shop.Contracts.Ordering;

/// <summary>How the customer gets the goods.</summary>
public enum DeliveryMethod
{
    Delivery,
    Pickup,
}
