namespace Shop.Messaging;

/// <summary>
/// A consumer that changes no data, only reads and answers (a catalog page, the home screen). It needs no transaction, so it
/// skips the outbox: what it publishes carries ids derived from the consumed message (<c>PublishOnce</c>), so a redelivered
/// copy repeats the same ids and the Notifier sends each once.
/// </summary>
public interface IReadOnlyConsumer;
