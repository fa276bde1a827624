using MassTransit;
using Shop.Access.Data;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;
using Shop.Messaging.Selection;

namespace Shop.Access;

/// <summary>
/// Every Access consumer sits behind the worker's transactional outbox (its changes, its inbox row and what it sends commit
/// together; a repeat does nothing) and follows the shop's one failure policy.
/// </summary>
public sealed class AccessConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseShopFailurePolicy(context);
        // Ahead of the outbox: a press or command for another consumer costs no transaction.
        endpointConfigurator.UseMessageSelection<TConsumer>();
        if (!typeof(IReadOnlyConsumer).IsAssignableFrom(typeof(TConsumer))) endpointConfigurator.UseShopOutbox<AccessDbContext>(context);
    }
}
