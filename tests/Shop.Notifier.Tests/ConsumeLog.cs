using System.Collections.Concurrent;
using MassTransit;

namespace Shop.Notifier.Tests;

/// <summary>Counts, per message id, how often the notifier started consuming a message, finished, and failed for good.</summary>
public sealed class ConsumeLog : IConsumeObserver
{
    readonly ConcurrentDictionary<Guid, int> _started = [];
    readonly ConcurrentDictionary<Guid, int> _consumed = [];
    readonly ConcurrentDictionary<Guid, int> _faulted = [];

    public int Started(Guid messageId) => _started.GetValueOrDefault(messageId);

    public int Consumed(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    public int Faulted(Guid messageId) => _faulted.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class
    {
        _started.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _consumed.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        _faulted.AddOrUpdate(context.MessageId!.Value, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }
}
