using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;
using Shop.Messaging;
using Shop.Messaging.Failures;
using Shop.Scheduler.Consumers;

namespace Shop.Scheduler;

/// <summary>
/// The Scheduler worker: holds the messages other workers schedule (MassTransit's <c>ScheduleMessage</c> and friends on the
/// <see cref="ShopScheduler"/> queue) as Quartz jobs in PostgreSQL, and sends each when it is due.
/// </summary>
public static class HostingExtensions
{
    const string DataSourceKey = "scheduler";

    public static IHostApplicationBuilder AddSchedulerWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ConnectionOptions>(options => options.PostgresRequired = true);
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName)
            .Validate(options => options.ConcurrentMessageLimit > 0, "Scheduler__ConcurrentMessageLimit must be a positive whole number")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IMigrationTarget, SchedulerSchema>();
        // Registered with the container, so the container disposes its connection pool.
        builder.Services.AddKeyedSingleton(DataSourceKey, (services, _) =>
            NpgsqlDataSource.Create(services.GetRequiredService<IOptions<ConnectionOptions>>().Value.Postgres!));

        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<ScheduleMessageConsumer>(typeof(SchedulerConsumerDefinition<ScheduleMessageConsumer>));
            bus.AddConsumer<CancelScheduledMessageConsumer>(typeof(SchedulerConsumerDefinition<CancelScheduledMessageConsumer>));
            bus.AddConsumer<ScheduleRecurringMessageConsumer>(typeof(SchedulerConsumerDefinition<ScheduleRecurringMessageConsumer>));
            bus.AddConsumer<CancelScheduledRecurringMessageConsumer>(typeof(SchedulerConsumerDefinition<CancelScheduledRecurringMessageConsumer>));
            // Once for the one queue all four share. The Scheduler cannot hand its own redeliveries to itself: it retries
            // longer in place (the definition), and the policy adds the error queue's trimmed fault and skips permanent faults.
            bus.UseShopFailurePolicyOn(ShopScheduler.QueueName, tune =>
            {
                tune.Retries = [];
                tune.Redeliveries = [];
            });
        });

        builder.AddQuartz(quartz =>
        {
            // One name for every scheduler instance: they share the jobs in PostgreSQL as one cluster.
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "shop";
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(source => source.DataSourceFactory = services => services.GetRequiredKeyedService<NpgsqlDataSource>(DataSourceKey));
                store.ConfigureStore(options => options.TablePrefix = SchedulerSchema.TablePrefix);
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
                // Several scheduler processes may run; clustering makes each due message fire in exactly one of them.
                store.UseClustering();
            });
        });
        // Added after the bus, so it starts after the bus and stops before it: a due message always has a bus to leave by.
        builder.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddHealthChecks().AddQuartz(options => options.Tags.Add("ready"));
        return builder;
    }
}
