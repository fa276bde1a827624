using Shop.Contracts.Ordering;

namespace Shop.Ordering.Checkout;

/// <summary>What the shop's configuration says about checkout: the delivery methods offered, in order, and where pickup is.</summary>
public sealed record CheckoutSettings(IReadOnlyList<DeliveryMethod> Methods, string? PickupAddress)
{
    public static CheckoutSettings From(OrderingOptions options) =>
        new(options.Methods, string.IsNullOrWhiteSpace(options.PickupAddress) ? null : options.PickupAddress.Trim());

    /// <summary>With a single method offered there is nothing to choose, so the customer never sees the choice.</summary>
    public bool OffersChoice => Methods.Count > 1;

    public bool Offers(DeliveryMethod method) => Methods.Contains(method);
}
