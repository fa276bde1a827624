using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;
using Shop.Messaging.Selection;

namespace Shop.Messaging;

/// <summary>
/// The endpoint of one consumer of a worker with data, in the order its filters run: the shop's one failure policy; then
/// the messages the consumer does not want, acknowledged without a transaction; then, unless the consumer only reads, the
/// worker's transactional outbox, so its changes, its inbox row and what it sends commit together and a copy of a message
/// already handled does nothing.
/// </summary>
public abstract class WorkerConsumerDefinition<TConsumer, TDbContext> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer where TDbContext : DbContext
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseShopFailurePolicy(context);
        endpointConfigurator.UseMessageSelection<TConsumer>();
        if (!typeof(IReadOnlyConsumer).IsAssignableFrom(typeof(TConsumer))) endpointConfigurator.UseShopOutbox<TDbContext>(context);
    }
}
