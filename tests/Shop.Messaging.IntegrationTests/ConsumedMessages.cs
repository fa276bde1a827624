using System.Collections.Concurrent;
using MassTransit;

namespace Shop.Messaging.IntegrationTests;

/// <summary>Which message ids the workers have finished with, and how: a test waits for its own ids, not for time to pass.</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    readonly ConcurrentQueue<Guid> _consumed = new();
    readonly ConcurrentQueue<(Guid Id, Exception Exception)> _faulted = new();

    public int Consumed(Guid id) => _consumed.Count(c => c == id);

    public IReadOnlyList<Exception> Faults(Guid id) => _faulted.Where(f => f.Id == id).Select(f => f.Exception).ToList();

    /// <summary>Waits until every id in <paramref name="ids"/> (a repeated id counts each time) has been consumed or faulted.</summary>
    public async Task WaitForAsync(IReadOnlyCollection<Guid> ids, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        var expected = ids.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        while (!expected.All(e => Consumed(e.Key) + Faults(e.Key).Count >= e.Value))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Only {expected.Sum(e => Math.Min(e.Value, Consumed(e.Key) + Faults(e.Key).Count))} of {ids.Count} messages were handled.");
            await Task.Delay(50);
        }
    }

    Task IConsumeObserver.PreConsume<T>(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeObserver.PostConsume<T>(ConsumeContext<T> context)
    {
        if (context.MessageId is { } id) _consumed.Enqueue(id);
        return Task.CompletedTask;
    }

    Task IConsumeObserver.ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
    {
        if (context.MessageId is { } id) _faulted.Enqueue((id, exception));
        return Task.CompletedTask;
    }
}
