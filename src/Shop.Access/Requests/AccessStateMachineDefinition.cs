using MassTransit;
using Shop.Access.Data;
using Shop.Messaging.Failures;
using Shop.Messaging.Outbox;

namespace Shop.Access.Requests;

/// <summary>
/// The access saga's endpoint: behind the transactional outbox (state, audit, inbox row and everything it sends commit in
/// one transaction), one user's events applied one at a time under their row lock, failures handled by the shop's one policy.
/// </summary>
public sealed class AccessStateMachineDefinition : SagaDefinition<AccessState>
{
    protected override void ConfigureSaga(IReceiveEndpointConfigurator endpointConfigurator, ISagaConfigurator<AccessState> sagaConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseShopFailurePolicy(context);
        endpointConfigurator.UseShopOutbox<AccessDbContext>(context);
    }
}
