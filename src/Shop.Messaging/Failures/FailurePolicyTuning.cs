namespace Shop.Messaging.Failures;

/// <summary>What one endpoint changes of the failure policy in its definition: its own intervals, more faults not worth retrying.</summary>
public sealed class FailurePolicyTuning(IReadOnlyList<TimeSpan> retries, IReadOnlyList<TimeSpan> redeliveries)
{
    public IReadOnlyList<TimeSpan> Retries { get; set; } = retries;

    public IReadOnlyList<TimeSpan> Redeliveries { get; set; } = redeliveries;

    public List<Type> AlsoPermanent { get; } = [];
}
