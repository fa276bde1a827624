using MassTransit;

namespace Shop.Messaging.IntegrationTests.Counter;

/// <summary>A saga whose only job is to count, so a lost or doubled event shows in one number.</summary>
public sealed class CounterState : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public string Label { get; set; } = "";

    public int Count { get; set; }
}
