using MassTransit;

namespace Shop.Catalog.Tests;

/// <summary>
/// Records each message a catalog queue is done with, so a test can wait for a message that is meant to change nothing and
/// say nothing, and only then look for what it should not have done.
/// </summary>
public sealed class ConsumeWatcher(Recorded recorded) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        recorded.Add(context.MessageId, new Consumed(context.MessageId, context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1]));
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
