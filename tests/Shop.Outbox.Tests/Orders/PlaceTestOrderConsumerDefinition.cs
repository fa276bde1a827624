using MassTransit;
using Shop.Messaging.Outbox;

namespace Shop.Outbox.Tests.Orders;

/// <summary>The test consumer's endpoint: the outbox; no retries (a failure goes straight to the error queue).</summary>
public sealed class PlaceTestOrderConsumerDefinition : ConsumerDefinition<PlaceTestOrderConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PlaceTestOrderConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseShopOutbox<OutboxTestDbContext>(context);
    }
}
