using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;
using Shop.Messaging.Routing;

namespace Shop.Messaging;

/// <summary>
/// The endpoint of one consumer of a worker with data, in the order its filters run: for a consumer of users' updates,
/// the answer to the Ingress once it is done (<see cref="UpdateTurnFilter"/>); the shop's one failure policy; then, unless
/// the consumer only reads, the worker's transactional outbox, so its changes, its inbox row and what it sends commit
/// together and a copy of a message already handled does nothing.
/// </summary>
public abstract class WorkerConsumerDefinition<TConsumer, TDbContext> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer where TDbContext : DbContext
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (UpdateMessages.IsUpdateConsumer(typeof(TConsumer)))
        {
            // The Ingress sends each update to the one queue the routing table names; nothing is published to these.
            endpointConfigurator.ConfigureConsumeTopology = false;
            endpointConfigurator.UseFilter(new UpdateTurnFilter());
        }
        endpointConfigurator.UseShopFailurePolicy(context);
        if (!typeof(IReadOnlyConsumer).IsAssignableFrom(typeof(TConsumer))) endpointConfigurator.UseShopOutbox<TDbContext>(context);
    }
}
