using MassTransit;

namespace Shop.Ctl.Tests.FailingShop;

public sealed class ShipParcelConsumer(Outage outage) : IConsumer<ShipParcel>
{
    public Task Consume(ConsumeContext<ShipParcel> context)
    {
        if (outage.Failing) throw new TimeoutException("the carrier did not answer");
        outage.Record(context.MessageId, context.ReceiveContext.TransportHeaders.GetAll());
        return Task.CompletedTask;
    }
}
