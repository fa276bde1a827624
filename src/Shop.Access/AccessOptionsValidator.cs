using Microsoft.Extensions.Options;

namespace Shop.Access;

/// <summary>Fails start-up with one line naming the setting when a period is not positive.</summary>
public sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        if (options.AppealWait < TimeSpan.Zero)
            return ValidateOptionsResult.Fail("Access__AppealWait must not be negative (e.g. 7.00:00:00 for seven days)");
        if (options.RequestExpiry <= TimeSpan.Zero)
            return ValidateOptionsResult.Fail("Access__RequestExpiry must be positive (e.g. 7.00:00:00 for seven days)");
        return ValidateOptionsResult.Success;
    }
}
