namespace Shop.Ctl;

/// <summary>A queue as the management API lists it.</summary>
/// <param name="DeliveryLimit">
/// The delivery limit of a quorum queue (see <see cref="DeliveryLimits"/>): a message given back more often than that
/// is dropped, which matters to a tool that reads messages and gives them back.
/// </param>
public sealed record QueueInfo(string Name, string Type, long? DeliveryLimit)
{
    public bool IsDeadLetterQueue => DeadLetterQueues.IsDeadLetterQueue(Name);
}
