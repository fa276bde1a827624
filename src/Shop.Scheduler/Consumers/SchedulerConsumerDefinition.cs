using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Messaging;
using Shop.Messaging.Failures;

namespace Shop.Scheduler.Consumers;

/// <summary>
/// Every schedule and cancel command arrives on the one queue the other workers send to (<see cref="ShopScheduler"/>).
/// A PostgreSQL hiccup is retried with growing pauses before the command goes to the error queue.
/// </summary>
public sealed class SchedulerConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    public SchedulerConsumerDefinition(IOptions<SchedulerOptions> options)
    {
        EndpointName = ShopScheduler.QueueName;
        ConcurrentMessageLimit = options.Value.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Exponential(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(2));
            retry.Ignore<Exception>(FailurePolicy.IsPermanent);
        });
    }
}
