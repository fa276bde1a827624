using Microsoft.Extensions.Options;

namespace Shop.Ordering;

/// <summary>Fails start-up with one line naming the setting when the ordering settings make no sense.</summary>
public sealed class OrderingOptionsValidator : IValidateOptions<OrderingOptions>
{
    public ValidateOptionsResult Validate(string? name, OrderingOptions options)
    {
        if (options.AcceptanceTimeout <= TimeSpan.Zero)
            return ValidateOptionsResult.Fail("Ordering__AcceptanceTimeout must be positive (e.g. 12:00:00 for twelve hours)");
        if (OrderingOptions.ParseMethods(options.DeliveryMethods) is null)
            return ValidateOptionsResult.Fail("Ordering__DeliveryMethods is malformed (expected Delivery, Pickup or Delivery,Pickup)");
        return ValidateOptionsResult.Success;
    }
}
