using MassTransit;
using Shop.Messaging.Outbox;
using Shop.Messaging.Selection;

namespace Shop.Outbox.Tests.Orders;

/// <summary>The test consumer's endpoint: orders for another shop dropped first, then the outbox; no retries (a failure goes straight to the error queue).</summary>
public sealed class PlaceTestOrderConsumerDefinition : ConsumerDefinition<PlaceTestOrderConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PlaceTestOrderConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageSelection<PlaceTestOrderConsumer>();
        endpointConfigurator.UseShopOutbox<OutboxTestDbContext>(context);
    }
}
