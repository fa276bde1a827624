using Shop.Contracts.Ordering;

namespace Shop.Ordering.Checkout;

/// <summary>
/// The order of the wizard's steps. The delivery choice is skipped when only one method is offered, and the address when
/// the goods are picked up; Back retraces exactly the steps Next took.
/// </summary>
public static class CheckoutSteps
{
    public static CheckoutStep Next(CheckoutStep step, DeliveryMethod? chosen, CheckoutSettings settings) => step switch
    {
        CheckoutStep.Summary => CheckoutStep.Name,
        CheckoutStep.Name => CheckoutStep.Phone,
        CheckoutStep.Phone => settings.OffersChoice ? CheckoutStep.Delivery : AfterDelivery(Method(chosen, settings)),
        CheckoutStep.Delivery => AfterDelivery(Method(chosen, settings)),
        CheckoutStep.Address => CheckoutStep.Comment,
        _ => CheckoutStep.Confirm,
    };

    public static CheckoutStep Previous(CheckoutStep step, DeliveryMethod? chosen, CheckoutSettings settings) => step switch
    {
        CheckoutStep.Confirm => CheckoutStep.Comment,
        CheckoutStep.Comment when Method(chosen, settings) == DeliveryMethod.Delivery => CheckoutStep.Address,
        CheckoutStep.Comment or CheckoutStep.Address => settings.OffersChoice ? CheckoutStep.Delivery : CheckoutStep.Phone,
        CheckoutStep.Delivery => CheckoutStep.Phone,
        CheckoutStep.Phone => CheckoutStep.Name,
        _ => CheckoutStep.Summary,
    };

    /// <summary>The steps answered by typing; while one is shown, the customer's next text is its answer.</summary>
    public static bool AsksForText(CheckoutStep step) =>
        step is CheckoutStep.Name or CheckoutStep.Phone or CheckoutStep.Address or CheckoutStep.Comment;

    /// <summary>The method in force: the only one offered, or else the customer's choice (null until they make it).</summary>
    public static DeliveryMethod? Method(DeliveryMethod? chosen, CheckoutSettings settings) =>
        settings.Methods.Count == 1 ? settings.Methods[0] : chosen;

    static CheckoutStep AfterDelivery(DeliveryMethod? method) =>
        method == DeliveryMethod.Pickup ? CheckoutStep.Comment : CheckoutStep.Address;
}
