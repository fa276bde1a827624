using MassTransit;

namespace Shop.Scheduler.Tests;

/// <summary>Counts the messages of one type a bus has finished consuming.</summary>
public sealed class ConsumedCount<T> : IConsumeMessageObserver<T> where T : class
{
    int _count;

    public int Value => Volatile.Read(ref _count);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
