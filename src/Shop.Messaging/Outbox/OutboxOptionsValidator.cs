using Microsoft.Extensions.Options;

namespace Shop.Messaging.Outbox;

/// <summary>Fails start-up with one line naming the <c>Outbox__*</c> setting that is out of range.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        if (options.SweepInterval <= TimeSpan.Zero) failures.Add("Outbox__SweepInterval must be positive (e.g. 00:00:05)");
        if (options.DeliverAfter < TimeSpan.Zero) failures.Add("Outbox__DeliverAfter must not be negative (e.g. 00:00:30)");
        if (options.SweepBatchSize < 1) failures.Add("Outbox__SweepBatchSize must be at least 1");
        if (options.DuplicateDetectionWindow <= TimeSpan.Zero) failures.Add("Outbox__DuplicateDetectionWindow must be positive (e.g. 1.00:00:00)");
        if (options.MessageDeliveryLimit < 1) failures.Add("Outbox__MessageDeliveryLimit must be at least 1");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
