using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Shop.Messaging.Outbox;
using Shop.Ordering.Data;

namespace Shop.Ordering;

/// <summary>
/// Every Ordering consumer sits behind the worker's transactional outbox: its changes, its inbox row and the messages it
/// sends commit together, and a copy of a message already handled does nothing. Database blips are retried whole.
/// </summary>
public sealed class OrderingConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(OrderingRetry.Configure);
        endpointConfigurator.UseShopOutbox<OrderingDbContext>(context);
    }
}
