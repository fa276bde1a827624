using MassTransit;

namespace Shop.Notifier.Consumers;

/// <summary>
/// Logs once, at warning, when an edit by tag stops waiting for its message; the tries before it are expected and stay quiet.
/// </summary>
public sealed class TaggedEditGiveUpLog(ILogger logger) : IRetryObserver
{
    public Task RetryFault<T>(RetryContext<T> context) where T : class, PipeContext
    {
        if (context.Exception is TaggedMessageNotSentYet e)
            logger.LogWarning("No message was sent to chat {ChatId} under tag {Tag} after {Retries} more tries; the edit goes to the error queue",
                e.ChatId, e.Tag, context.RetryCount);
        return Task.CompletedTask;
    }

    public Task PostCreate<T>(RetryPolicyContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task PostFault<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task PreRetry<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;

    public Task RetryComplete<T>(RetryContext<T> context) where T : class, PipeContext => Task.CompletedTask;
}
