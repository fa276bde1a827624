using MassTransit;

namespace Shop.Outbox.Tests.Orders;

/// <summary>
/// One event at a time, in queue order: once a marker published after everything else is recorded, every event the
/// broker had before it is recorded too.
/// </summary>
public sealed class TestOrderPlacedRecorderDefinition : ConsumerDefinition<TestOrderPlacedRecorder>
{
    public TestOrderPlacedRecorderDefinition() => ConcurrentMessageLimit = 1;
}
