using System.Collections.Concurrent;
using MassTransit;
using Shop.Messaging.Failures;

namespace Shop.Scheduler.Tests;

/// <summary>Fails as its message says, counting attempts and remembering the redelivery count of the one that succeeded.</summary>
public sealed class FlakyConsumer(FlakyAttempts attempts) : IConsumer<Flaky>
{
    public Task Consume(ConsumeContext<Flaky> context)
    {
        var message = context.Message;
        var attempt = attempts.Count.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        switch (message.Kind)
        {
            case "permanent":
                throw new PermanentFault($"flaky {message.Id} breaks a rule");
            case "huge":
                throw new InvalidOperationException(new string('x', 300_000));
            case "transient" when attempt <= message.FailTimes:
                throw new InvalidOperationException($"flaky {message.Id} fails attempt {attempt}");
            default:
                attempts.SucceededAfterRedeliveries[message.Id] = context.GetRedeliveryCount();
                return Task.CompletedTask;
        }
    }
}

/// <summary>What the flaky consumer saw, shared with the test.</summary>
public sealed class FlakyAttempts
{
    public ConcurrentDictionary<Guid, int> Count { get; } = new();

    public ConcurrentDictionary<Guid, int> SucceededAfterRedeliveries { get; } = new();
}
