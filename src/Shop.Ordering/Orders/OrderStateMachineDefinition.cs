using MassTransit;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;
using Shop.Ordering.Data;

namespace Shop.Ordering.Orders;

/// <summary>
/// The order saga's endpoint: behind the transactional outbox (its state, its inbox row and everything it sends commit in
/// one transaction), events for one order applied one at a time under its row lock, failures handled by the shop's one policy.
/// </summary>
public sealed class OrderStateMachineDefinition : SagaDefinition<OrderState>
{
    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<OrderState> sagaConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseShopFailurePolicy(context);
        endpointConfigurator.UseShopOutbox<OrderingDbContext>(context);
    }
}
