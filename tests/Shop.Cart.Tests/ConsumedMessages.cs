using System.Collections.Concurrent;
using MassTransit;

namespace Shop.Cart.Tests;

/// <summary>Which messages each queue has finished with, on any worker: lets a test wait until repeats were handled too.</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    readonly ConcurrentQueue<(string Queue, Guid MessageId)> _done = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _done.Enqueue((context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1], context.MessageId ?? Guid.Empty));
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    /// <summary>Waits until <paramref name="queue"/> has finished <paramref name="count"/> deliveries of the given ids (repeats counted).</summary>
    public async Task WaitAsync(string queue, IReadOnlyCollection<Guid> ids, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (_done.Count(d => d.Queue == queue && ids.Contains(d.MessageId)) < count)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"{queue} did not finish {count} deliveries.");
            await Task.Delay(50);
        }
    }
}
