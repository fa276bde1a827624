using MassTransit;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;
using Shop.Messaging.Selection;
using Shop.Ordering.Data;

namespace Shop.Ordering;

/// <summary>
/// Every Ordering consumer sits behind the worker's transactional outbox: its changes, its inbox row and the messages it
/// sends commit together, and a copy of a message already handled does nothing. Failures follow the shop's one policy:
/// quick retries, later redeliveries, then the error queue.
/// </summary>
public sealed class OrderingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseShopFailurePolicy(context);
        // Ahead of the outbox: a press or command for another consumer costs no transaction.
        endpointConfigurator.UseMessageSelection<TConsumer>();
        if (!typeof(IReadOnlyConsumer).IsAssignableFrom(typeof(TConsumer))) endpointConfigurator.UseShopOutbox<OrderingDbContext>(context);
    }
}
