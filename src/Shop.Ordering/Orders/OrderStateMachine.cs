using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Ordering;
using Shop.Messaging;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Orders;

/// <summary>
/// The life of an order: a confirmed checkout reserves stock and becomes placed (or not, if stock ran short); staff accept,
/// ship or ready it for pickup, and mark it delivered; it is cancelled by staff with a reason, by the customer before it is
/// accepted, or by the shop when nobody accepts it in time. The first request that fits the order's status wins; every
/// change is in the order's history and told to the customer and to every staff alert.
/// </summary>
public sealed class OrderStateMachine : MassTransitStateMachine<OrderState>
{
    readonly OrderNotices _notices;
    readonly TimeProvider _clock;

    public OrderStateMachine(IOptions<ShopOptions> shop, IOptions<OrderingOptions> ordering, TimeProvider clock)
    {
        _clock = clock;
        _notices = new OrderNotices(shop.Value.StaffChats, shop.Value.Owners, ordering.Value.PickupAddress, OrderTexts.For(ordering.Value.StaffLanguage));

        InstanceState(s => s.CurrentState);

        Event(() => Submitted, e => e.CorrelateById(m => m.Message.OrderId));
        Event(() => Reserved, e => e.CorrelateById(m => m.Message.OrderId).OnMissingInstance(m => m.Discard()));
        Event(() => Short, e => e.CorrelateById(m => m.Message.OrderId).OnMissingInstance(m => m.Discard()));
        Event(() => ChangeRequested, e => e.CorrelateById(m => m.Message.OrderId).OnMissingInstance(m => m.Discard()));

        Schedule(() => AcceptanceTimeout, s => s.AcceptanceTimeoutTokenId, s =>
        {
            s.Delay = ordering.Value.AcceptanceTimeout;
            s.Received = r => r.CorrelateById(m => m.Message.OrderId).OnMissingInstance(m => m.Discard());
        });

        Initially(
            When(Submitted)
                .Then(c => OrderChanges.Submit(c.Saga, c.Message))
                .TransitionTo(Reserving)
                .Publish(c => new ReserveStock(c.Saga.CorrelationId, c.Saga.Lines)));

        During(Reserving,
            Ignore(Submitted),
            When(Reserved)
                .Then(c => OrderChanges.Place(c.Saga, _notices.StaffChats, c.Message.ReservedAt))
                .Schedule(AcceptanceTimeout, c => new OrderAcceptanceExpired(c.Saga.CorrelationId))
                .TransitionTo(Placed)
                .ThenAsync(c => c.PublishAll(_notices.Placed(c.Saga))),
            When(Short)
                .Then(c => OrderChanges.Refuse(c.Saga, c.Message))
                .TransitionTo(NotPlaced)
                .ThenAsync(c => c.PublishAll(_notices.NotPlaced(c.Saga, c.Message))));

        // Before the moves: MassTransit runs an event's handlers in order, each judging the saga as the one before left it,
        // so a refusal listed after a move would also answer the request that move just carried out.
        DuringAny(
            When(ChangeRequested, c => !Fits(c.Saga, c.Message))
                .ThenAsync(c => c.PublishAll(_notices.Refused(c.Saga, c.Message))));

        During(Placed,
            Move(OrderAction.Accept, Accepted),
            Move(OrderAction.Reject, Cancelled),
            Move(OrderAction.CancelByCustomer, Cancelled),
            When(AcceptanceTimeout.Received)
                .Then(c => OrderChanges.Record(c.Saga, OrderStatus.Cancelled, null, null, TimeoutReason(ordering.Value), _clock.GetUtcNow(), byStaff: false))
                .TransitionTo(Cancelled)
                .ThenAsync(c => c.PublishAll(_notices.Moved(c.Saga, callbackQueryId: null))));

        During(Accepted,
            Move(OrderAction.MarkShipped, Shipped),
            Move(OrderAction.MarkReadyForPickup, ReadyForPickup),
            Move(OrderAction.Reject, Cancelled));

        During(Shipped,
            Move(OrderAction.MarkDelivered, Delivered));

        During(ReadyForPickup,
            Move(OrderAction.MarkDelivered, Delivered),
            Move(OrderAction.Reject, Cancelled));

        // Repeats and latecomers: a second confirmation, a reply to a reservation already answered, a timeout that lost its race.
        foreach (var state in new[] { Placed, Accepted, Shipped, ReadyForPickup, Delivered, Cancelled, NotPlaced })
            During(state, Ignore(Submitted), Ignore(Reserved), Ignore(Short));
        foreach (var state in new[] { Accepted, Shipped, ReadyForPickup, Delivered, Cancelled, NotPlaced })
            During(state, Ignore(AcceptanceTimeout.Received));
    }

    public State Reserving { get; private set; } = null!;

    public State Placed { get; private set; } = null!;

    public State Accepted { get; private set; } = null!;

    public State Shipped { get; private set; } = null!;

    public State ReadyForPickup { get; private set; } = null!;

    public State Delivered { get; private set; } = null!;

    public State Cancelled { get; private set; } = null!;

    public State NotPlaced { get; private set; } = null!;

    public Event<SubmitOrder> Submitted { get; private set; } = null!;

    public Event<StockReserved> Reserved { get; private set; } = null!;

    public Event<StockShortage> Short { get; private set; } = null!;

    public Event<ChangeOrderStatus> ChangeRequested { get; private set; } = null!;

    public Schedule<OrderState, OrderAcceptanceExpired> AcceptanceTimeout { get; private set; } = null!;

    /// <summary>One allowed move: only the request for <paramref name="action"/> that fits the order now, from someone allowed to ask.</summary>
    EventActivityBinder<OrderState, ChangeOrderStatus> Move(OrderAction action, State to) =>
        When(ChangeRequested, c => c.Message.Action == action && Fits(c.Saga, c.Message))
            .Then(c => OrderChanges.Record(c.Saga, to.Name, c.Message.ByUserId, c.Message.ByName, c.Message.Reason, _clock.GetUtcNow(),
                byStaff: action != OrderAction.CancelByCustomer))
            .Unschedule(AcceptanceTimeout)
            .TransitionTo(to)
            .ThenAsync(c => c.PublishAll(_notices.Moved(c.Saga, c.Message.CallbackQueryId)));

    bool Fits(OrderState order, ChangeOrderStatus request) =>
        OrderRules.MayAct(order, request.Action, request.ByUserId, _notices.Staff)
        && OrderRules.Target(order.CurrentState, request.Action, order.Delivery) is not null;

    static string TimeoutReason(OrderingOptions options) => $"not accepted within {options.AcceptanceTimeout:g}";
}
