using Shop.Contracts.Ordering;

namespace Shop.Cart.Checkout;

/// <summary>What pressing Checkout hands to ordering: the lines in one currency, or (empty) why there are none.</summary>
public sealed record CheckoutDraft(CheckoutOutcome Outcome, string Currency, IReadOnlyList<OrderLine> Lines);
