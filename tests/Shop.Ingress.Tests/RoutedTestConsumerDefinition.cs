using MassTransit;
using Shop.Messaging.Routing;

namespace Shop.Ingress.Tests;

/// <summary>
/// Puts a test's stand-in for a worker consumer on the queue the routing table names (<paramref name="endpoint"/>), with the
/// answer to the Ingress a real worker's update endpoint gives.
/// </summary>
public abstract class RoutedTestConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected RoutedTestConsumerDefinition(string endpoint) => EndpointName = endpoint;

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        endpointConfigurator.UseFilter(new UpdateTurnFilter());
    }
}
