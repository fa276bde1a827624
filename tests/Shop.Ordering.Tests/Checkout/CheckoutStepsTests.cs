using Shop.Contracts.Ordering;
using Shop.Ordering.Checkout;

namespace Shop.Ordering.Tests.Checkout;

public sealed class When_moving_through_the_checkout_steps
{
    static List<CheckoutStep> Forward(DeliveryMethod? chosen, CheckoutSettings settings)
    {
        var steps = new List<CheckoutStep> { CheckoutStep.Summary };
        while (steps[^1] != CheckoutStep.Confirm) steps.Add(CheckoutSteps.Next(steps[^1], chosen, settings));
        return steps;
    }

    static List<CheckoutStep> Backward(DeliveryMethod? chosen, CheckoutSettings settings)
    {
        var steps = new List<CheckoutStep> { CheckoutStep.Confirm };
        while (steps[^1] != CheckoutStep.Summary) steps.Add(CheckoutSteps.Previous(steps[^1], chosen, settings));
        steps.Reverse();
        return steps;
    }

    [Fact]
    public void Delivery_asks_for_the_method_and_the_address()
    {
        Assert.Equal(
            [CheckoutStep.Summary, CheckoutStep.Name, CheckoutStep.Phone, CheckoutStep.Delivery, CheckoutStep.Address, CheckoutStep.Comment, CheckoutStep.Confirm],
            Forward(DeliveryMethod.Delivery, Drafts.Both));
    }

    [Fact]
    public void Pickup_skips_the_address()
    {
        Assert.Equal(
            [CheckoutStep.Summary, CheckoutStep.Name, CheckoutStep.Phone, CheckoutStep.Delivery, CheckoutStep.Comment, CheckoutStep.Confirm],
            Forward(DeliveryMethod.Pickup, Drafts.Both));
    }

    [Fact]
    public void With_only_delivery_offered_there_is_no_choice_to_make()
    {
        Assert.Equal(
            [CheckoutStep.Summary, CheckoutStep.Name, CheckoutStep.Phone, CheckoutStep.Address, CheckoutStep.Comment, CheckoutStep.Confirm],
            Forward(null, Drafts.DeliveryOnly));
    }

    [Fact]
    public void With_only_pickup_offered_neither_choice_nor_address_is_asked()
    {
        Assert.Equal([CheckoutStep.Summary, CheckoutStep.Name, CheckoutStep.Phone, CheckoutStep.Comment, CheckoutStep.Confirm],
            Forward(null, Drafts.PickupOnly));
    }

    [Theory]
    [InlineData(DeliveryMethod.Delivery, true)]
    [InlineData(DeliveryMethod.Pickup, true)]
    [InlineData(DeliveryMethod.Delivery, false)]
    [InlineData(DeliveryMethod.Pickup, false)]
    public void Back_retraces_exactly_the_steps_taken(DeliveryMethod method, bool choice)
    {
        var settings = choice ? Drafts.Both : new CheckoutSettings([method], "Shop");
        Assert.Equal(Forward(method, settings), Backward(method, settings));
    }

    [Fact]
    public void Only_the_typed_steps_wait_for_text()
    {
        var typed = Enum.GetValues<CheckoutStep>().Where(CheckoutSteps.AsksForText);
        Assert.Equal([CheckoutStep.Name, CheckoutStep.Phone, CheckoutStep.Address, CheckoutStep.Comment], typed);
    }
}
