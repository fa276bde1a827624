using MassTransit;
using MassTransit.Configuration;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Shop.Messaging.Outbox;

/// <summary>
/// The transactional inbox/outbox of a worker on its own PostgreSQL schema: a consumer's changes and the messages it
/// sends commit in one transaction, a copy of a message already consumed is not consumed again, and what was committed
/// reaches the broker even if the process dies right after the commit.
/// </summary>
public static class ShopOutbox
{
    /// <summary>
    /// Registers the outbox of <typeparamref name="TDbContext"/> (which must call <c>AddTransactionalOutbox()</c> in its model
    /// and <c>CreateTransactionalOutbox(schema)</c> in a migration) and its sweeper. Endpoints opt in with
    /// <see cref="UseShopOutbox{TDbContext}"/> or <see cref="AddShopOutboxEndpoints{TDbContext}"/>.
    /// </summary>
    public static IHostApplicationBuilder AddShopOutbox<TDbContext>(this IHostApplicationBuilder builder) where TDbContext : DbContext
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        // Scoped: MassTransit resolves it from the message's scope, so it shares the DbContext the consumer gets.
        builder.Services.AddScoped<IOutboxContextFactory<TDbContext>, OutboxContextFactory<TDbContext>>();
        builder.Services.AddHostedService<OutboxDeliveryService<TDbContext>>();
        return builder;
    }

    /// <summary>Puts every consumer and saga on this endpoint behind the outbox of <typeparamref name="TDbContext"/> (from a definition).</summary>
    public static void UseShopOutbox<TDbContext>(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
        where TDbContext : DbContext
    {
        var options = context.GetRequiredService<IOptions<OutboxOptions>>().Value;
        var observer = new OutboxConsumePipeSpecificationObserver<TDbContext>(endpoint, context)
        {
            MessageDeliveryLimit = options.MessageDeliveryLimit,
        };
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }

    /// <summary>
    /// Puts the endpoints whose queue name <paramref name="isWorkerEndpoint"/> accepts behind the outbox of
    /// <typeparamref name="TDbContext"/>. One process may host several workers on one bus, so a worker names its own endpoints.
    /// </summary>
    public static IBusRegistrationConfigurator AddShopOutboxEndpoints<TDbContext>(this IBusRegistrationConfigurator bus,
        Func<string, bool> isWorkerEndpoint) where TDbContext : DbContext
    {
        bus.AddConfigureEndpointsCallback((context, queueName, endpoint) =>
        {
            if (isWorkerEndpoint(queueName)) endpoint.UseShopOutbox<TDbContext>(context);
        });
        return bus;
    }
}
