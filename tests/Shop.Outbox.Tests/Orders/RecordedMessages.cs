using System.Collections.Concurrent;

namespace Shop.Outbox.Tests.Orders;

/// <summary>What reached the test's recorders on the bus, for the assertions.</summary>
public sealed class RecordedMessages
{
    public ConcurrentQueue<(Guid OrderId, Guid? MessageId)> Placed { get; } = new();

    public ConcurrentQueue<Guid> Faulted { get; } = new();

    public int PlacedCount(Guid orderId) => Placed.Count(e => e.OrderId == orderId);
}
