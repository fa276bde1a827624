using System.Data.Common;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Shop.Cart;

/// <summary>
/// The Cart worker's endpoints: a transaction PostgreSQL broke off (a lost connection, a failover) is redone whole after a
/// pause; the inbox makes a redone change apply once.
/// </summary>
public sealed class CartConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
            retry.Handle<DbException>();
            retry.Handle<DbUpdateException>();
            retry.Handle<TimeoutException>();
        });
    }
}
