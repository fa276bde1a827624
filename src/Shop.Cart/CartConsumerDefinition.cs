using MassTransit;
using Shop.Cart.Data;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;
using Shop.Messaging.Selection;

namespace Shop.Cart;

/// <summary>
/// Every cart consumer that changes data (all but the <see cref="IReadOnlyConsumer"/>s) sits behind the worker's transactional outbox: its changes, its inbox row and the messages it
/// publishes commit together, and a copy of a message already handled does nothing. A transaction PostgreSQL broke off (a
/// lost connection, a failover) is redone whole by the shop's one failure policy.
/// </summary>
public sealed class CartConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseShopFailurePolicy(context);
        // Ahead of the outbox: a press or command for another consumer costs no transaction.
        endpointConfigurator.UseMessageSelection<TConsumer>();
        if (!typeof(IReadOnlyConsumer).IsAssignableFrom(typeof(TConsumer))) endpointConfigurator.UseShopOutbox<CartDbContext>(context);
    }
}
