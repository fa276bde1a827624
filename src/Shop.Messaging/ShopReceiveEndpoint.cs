using MassTransit;

namespace Shop.Messaging;

/// <summary>
/// A receive endpoint a worker configures itself rather than through <c>ConfigureEndpoints</c>, e.g. several queues for one
/// consumer (the Ingress's partitions). Registered as a service; the bus adds each when it is built.
/// </summary>
public sealed record ShopReceiveEndpoint(Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator> Configure);
