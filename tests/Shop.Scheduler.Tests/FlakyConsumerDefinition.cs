using MassTransit;
using Shop.Messaging.Failures;

namespace Shop.Scheduler.Tests;

/// <summary>The flaky consumer's endpoint, under the shop's one failure policy as every worker's endpoint is.</summary>
public sealed class FlakyConsumerDefinition : ConsumerDefinition<FlakyConsumer>
{
    public FlakyConsumerDefinition() => EndpointName = "flaky";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<FlakyConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseShopFailurePolicy(context);
}
