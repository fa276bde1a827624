using MassTransit;

namespace Shop.Ctl.Tests.FailingShop;

/// <summary>One immediate retry, so the dead letters of this endpoint carry a non-zero <c>MT-Fault-RetryCount</c>.</summary>
public sealed class ShipParcelConsumerDefinition : ConsumerDefinition<ShipParcelConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ShipParcelConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => retry.Immediate(1));
    }
}
