using MassTransit;
using Shop.Contracts.Ordering;

namespace Shop.Ordering.Orders;

/// <summary>The life of an order, from a confirmed checkout to delivered or cancelled.</summary>
public sealed class OrderStateMachine : MassTransitStateMachine<OrderState>
{
    public OrderStateMachine()
    {
        InstanceState(s => s.CurrentState);
        Event(() => Submitted, e => e.CorrelateById(m => m.Message.OrderId));
        Initially(When(Submitted).TransitionTo(Reserving));
        During(Reserving, Ignore(Submitted));
    }

    public State Reserving { get; private set; } = null!;

    public Event<SubmitOrder> Submitted { get; private set; } = null!;
}
