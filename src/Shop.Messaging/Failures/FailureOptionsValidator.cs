using Microsoft.Extensions.Options;

namespace Shop.Messaging.Failures;

/// <summary>Fails start-up with one line naming the setting when the failure policy's settings are malformed.</summary>
public sealed class FailureOptionsValidator : IValidateOptions<FailureOptions>
{
    public ValidateOptionsResult Validate(string? name, FailureOptions options)
    {
        if (FailureOptions.ParseIntervals(options.Retries) is null)
            return ValidateOptionsResult.Fail("Failures__Retries is malformed (expected comma-separated time spans such as 00:00:00.5,00:00:02, or none)");
        if (FailureOptions.ParseIntervals(options.Redeliveries) is null)
            return ValidateOptionsResult.Fail("Failures__Redeliveries is malformed (expected comma-separated time spans such as 00:00:10,00:01:00, or none)");
        return options.MaxFaultTextLength < 500
            ? ValidateOptionsResult.Fail("Failures__MaxFaultTextLength must be at least 500")
            : ValidateOptionsResult.Success;
    }
}
