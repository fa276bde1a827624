using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Shop.Catalog;

/// <summary>
/// Retries for every catalog consumer: two changes to one row at once (an optimistic concurrency conflict, a duplicate
/// first row) or a database blip are tried again; anything else goes to the error queue.
/// </summary>
public sealed class CatalogConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Intervals(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
            retry.Handle<DbUpdateException>();
            retry.Handle<NpgsqlException>(e => e.IsTransient);
            retry.Handle<PostgresException>(e => e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected);
            retry.Handle<TimeoutException>();
        });
    }
}
