using MassTransit;
using MassTransit.Scheduling;
using Shop.Contracts.Access;

namespace Shop.Access.Tests;

/// <summary>
/// Stands in for the Scheduler worker: keeps what the saga schedules and delivers it when the test moves the clock past
/// its time, with the token header the saga checks, as the real scheduler does.
/// </summary>
public sealed class ManualScheduler(TestClock clock)
{
    public const string QueueName = "manual-scheduler";

    readonly List<Scheduled> _scheduled = [];

    public IReadOnlyList<Scheduled> Pending
    {
        get
        {
            lock (_scheduled) return [.. _scheduled];
        }
    }

    public void Add(Scheduled scheduled)
    {
        lock (_scheduled) _scheduled.Add(scheduled);
    }

    public void Cancel(Guid tokenId)
    {
        lock (_scheduled) _scheduled.RemoveAll(s => s.TokenId == tokenId);
    }

    /// <summary>Moves the clock on and delivers everything now due.</summary>
    public async Task AdvanceAsync(TimeSpan by, ISendEndpointProvider bus)
    {
        clock.Advance(by);
        List<Scheduled> due;
        lock (_scheduled)
        {
            due = _scheduled.Where(s => s.At <= clock.GetUtcNow()).ToList();
            _scheduled.RemoveAll(due.Contains);
        }
        foreach (var scheduled in due)
        {
            var endpoint = await bus.GetSendEndpoint(scheduled.Destination);
            await endpoint.Send(scheduled.Message, context => context.Headers.Set(MessageHeaders.SchedulingTokenId, scheduled.TokenId.ToString("D")));
        }
    }

    public sealed record Scheduled(Guid TokenId, DateTimeOffset At, Uri Destination, AccessRequestExpired Message);

    /// <summary>The scheduler's queue: takes schedule and cancel commands.</summary>
    public sealed class Consumer(ManualScheduler scheduler, TestClock clock) : IConsumer<ScheduleMessage>, IConsumer<CancelScheduledMessage>
    {
        public Task Consume(ConsumeContext<ScheduleMessage> context)
        {
            var message = context.SerializerContext.DeserializeObject<AccessRequestExpired>(context.Message.Payload)
                ?? throw new InvalidOperationException("Only AccessRequestExpired is scheduled in these tests.");
            var at = new DateTimeOffset(DateTime.SpecifyKind(context.Message.ScheduledTime, DateTimeKind.Utc));
            // The saga schedules from the real clock; what counts here is the delay, measured on the test's clock.
            var delay = at - DateTimeOffset.UtcNow;
            scheduler.Add(new Scheduled(context.Message.CorrelationId, clock.GetUtcNow() + delay, context.Message.Destination, message));
            return Task.CompletedTask;
        }

        public Task Consume(ConsumeContext<CancelScheduledMessage> context)
        {
            scheduler.Cancel(context.Message.TokenId);
            return Task.CompletedTask;
        }
    }
}
