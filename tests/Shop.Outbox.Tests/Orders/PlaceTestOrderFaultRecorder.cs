using MassTransit;

namespace Shop.Outbox.Tests.Orders;

/// <summary>Records the orders whose consumer failed, so a test knows the failure has happened before it looks.</summary>
public sealed class PlaceTestOrderFaultRecorder(RecordedMessages recorded) : IConsumer<Fault<PlaceTestOrder>>
{
    public Task Consume(ConsumeContext<Fault<PlaceTestOrder>> context)
    {
        recorded.Faulted.Enqueue(context.Message.Message.OrderId);
        return Task.CompletedTask;
    }
}
