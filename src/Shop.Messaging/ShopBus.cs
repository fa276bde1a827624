using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Shop.Messaging.Failures;
using Shop.Messaging.Metrics;

namespace Shop.Messaging;

/// <summary>The one MassTransit-on-RabbitMQ bus of a process, shared by every worker hosted in it.</summary>
public static class ShopBus
{
    static readonly object BusKey = new();

    /// <summary>
    /// Adds the bus on first call and lets each worker register its consumers. Workers call this from their own
    /// <c>AddXxxWorker</c>, so one process can host one worker or all of them on the same bus.
    /// </summary>
    public static IHostApplicationBuilder AddShopBus(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> register)
    {
        if (!builder.Properties.TryGetValue(BusKey, out var existing))
        {
            IBusRegistrationConfigurator? configurator = null;
            builder.Services.AddMassTransit(bus =>
            {
                configurator = bus;
                bus.DisableUsageTelemetry();
                bus.SetEndpointNameFormatter(ShopEndpointNameFormatter.Instance);
                // IMessageScheduler for code outside consumers; scheduled messages wait in the Scheduler worker.
                bus.AddMessageScheduler(ShopScheduler.Address);
                bus.AddConfigureEndpointsCallback((_, name, endpoint) =>
                {
                    // Quorum queues: replicated and durable, the queue type RabbitMQ recommends for data that must not be lost.
                    // Not for a process's own temporary queue: RabbitMQ refuses a quorum queue that is not durable or auto-deletes.
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit && !IsInstanceEndpoint(name)) rabbit.SetQuorumQueue();
                });
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    // Read without validation: the bus may be built before RunShop reports a bad setting in one line.
                    var connection = context.GetRequiredService<IOptionsMonitor<ConnectionOptions>>().Get(ConnectionOptions.Unvalidated);
                    var (host, user, password) = RabbitMqUri.Parse(
                        Uri.TryCreate(connection.RabbitMq, UriKind.Absolute, out _) ? connection.RabbitMq! : "amqp://invalid/");
                    rabbit.Host(host, h =>
                    {
                        h.Username(user);
                        h.Password(password);
                        // A publish completes only once the broker has the message: nothing is acknowledged before it is durable.
                        h.PublisherConfirmation = true;
                    });
                    // context.ScheduleSend/SchedulePublish and saga Schedule(...) go through the Scheduler worker.
                    rabbit.UseMessageScheduler(ShopScheduler.Address);
                    rabbit.ConfigureEndpoints(context);
                    foreach (var endpoint in context.GetServices<ShopReceiveEndpoint>()) endpoint.Configure(context, rabbit);
                });
            });
            // A worker counts as started once its queues are bound: a message published after that cannot miss it.
            builder.Services.Configure<MassTransitHostOptions>(options =>
            {
                options.WaitUntilStarted = true;
                options.StartTimeout = TimeSpan.FromMinutes(2);
            });
            // Every receive endpoint reports what it consumed to /metrics (its instruments also without AddShopDefaults, e.g. in tools).
            builder.Services.AddMetrics();
            builder.Services.TryAddSingleton<MessagingMetrics>();
            builder.Services.AddReceiveObserver<ConsumeMetricsObserver>();
            builder.Services.AddOptions<FailureOptions>().BindConfiguration(FailureOptions.SectionName).ValidateOnStart();
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FailureOptions>, FailureOptionsValidator>());
            existing = configurator!;
            builder.Properties[BusKey] = existing;
        }
        register((IBusRegistrationConfigurator)existing);
        builder.Services.AddOptions<ConnectionOptions>(ConnectionOptions.Unvalidated).BindConfiguration("ConnectionStrings");
        return builder;
    }

    /// <summary>
    /// Adds a consumer on a queue of this process alone (every instance gets its own copy of each message), deleted when the
    /// process stops. For state a process keeps in memory, such as the Ingress's replica of who may use the shop; nothing
    /// there may need to survive the process.
    /// </summary>
    public static void AddInstanceConsumer<TConsumer>(this IBusRegistrationConfigurator bus, string purpose) where TConsumer : class, IConsumer
    {
        var name = $"{purpose}{InstanceMarker}{Environment.MachineName.ToLowerInvariant()}-{NewId.NextGuid():N}";
        bus.AddConsumer<TConsumer>().Endpoint(endpoint =>
        {
            endpoint.Name = name;
            endpoint.Temporary = true;
        });
    }

    const string InstanceMarker = "-instance-";

    static bool IsInstanceEndpoint(string name) => name.Contains(InstanceMarker, StringComparison.Ordinal);
}
