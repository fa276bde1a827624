using MassTransit;

namespace Shop.Ctl.Tests.FailingShop;

public sealed class ChargeCardConsumer(Outage outage) : IConsumer<ChargeCard>
{
    public Task Consume(ConsumeContext<ChargeCard> context)
    {
        if (outage.Failing) throw new InvalidOperationException($"card declined for order {context.Message.OrderId}");
        outage.Record(context.MessageId, context.ReceiveContext.TransportHeaders.GetAll());
        return Task.CompletedTask;
    }
}
