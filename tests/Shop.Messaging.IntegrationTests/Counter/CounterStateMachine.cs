using MassTransit;

namespace Shop.Messaging.IntegrationTests.Counter;

/// <summary>Started (or a first increment) creates the counter, each increment adds one, finished removes it.</summary>
public sealed class CounterStateMachine : MassTransitStateMachine<CounterState>
{
    public CounterStateMachine()
    {
        InstanceState(s => s.CurrentState);

        Event(() => Started, e => e.CorrelateById(m => m.Message.CounterId));
        Event(() => Incremented, e => e.CorrelateById(m => m.Message.CounterId));
        Event(() => LabelledIncremented, e => e.CorrelateBy((saga, m) => saga.Label == m.Message.Label));
        Event(() => Finished, e => e.CorrelateById(m => m.Message.CounterId));

        // An increment may arrive first: many of them at once race to insert the same instance.
        Initially(
            When(Started).Then(c => c.Saga.Label = c.Message.Label).TransitionTo(Counting),
            When(Incremented).Then(c => c.Saga.Count++).TransitionTo(Counting));

        During(Counting,
            When(Started).Then(c => c.Saga.Label = c.Message.Label),
            When(Incremented).Then(c => c.Saga.Count++),
            When(LabelledIncremented).Then(c => c.Saga.Count++),
            When(Finished).Finalize());

        SetCompletedWhenFinalized();
    }

    public State Counting { get; private set; } = null!;

    public Event<CounterStarted> Started { get; private set; } = null!;

    public Event<CounterIncremented> Incremented { get; private set; } = null!;

    public Event<LabelledCounterIncremented> LabelledIncremented { get; private set; } = null!;

    public Event<CounterFinished> Finished { get; private set; } = null!;
}
