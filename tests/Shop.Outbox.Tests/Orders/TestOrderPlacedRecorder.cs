using MassTransit;

namespace Shop.Outbox.Tests.Orders;

/// <summary>Records every <see cref="TestOrderPlaced"/> that reaches the bus.</summary>
public sealed class TestOrderPlacedRecorder(RecordedMessages recorded) : IConsumer<TestOrderPlaced>
{
    public Task Consume(ConsumeContext<TestOrderPlaced> context)
    {
        recorded.Placed.Enqueue((context.Message.OrderId, context.MessageId));
        return Task.CompletedTask;
    }
}
