using MassTransit;

namespace Shop.Messaging.Metrics;

/// <summary>Feeds <see cref="MessagingMetrics"/> from every receive endpoint of the bus.</summary>
/// <remarks>
/// A receive observer, not a consume observer, because MassTransit hands it the consumer's own duration. With retries,
/// a fault is reported once the retries are used up, so a message that succeeds on its second try counts as consumed only.
/// </remarks>
public sealed class ConsumeMetricsObserver(MessagingMetrics metrics) : IReceiveObserver
{
    /// <summary>What a message that could not be read as any type is labelled.</summary>
    public const string UnreadableMessage = "unreadable";

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class
    {
        metrics.RecordConsumed(QueueName(context.ReceiveContext.InputAddress), MessageTypeName(typeof(T)), duration);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class
    {
        metrics.RecordFaulted(QueueName(context.ReceiveContext.InputAddress), MessageTypeName(typeof(T)), duration);
        return Task.CompletedTask;
    }

    /// <summary>A message that never reached a consumer (unknown type, unreadable body) faulted too.</summary>
    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        metrics.RecordFaulted(QueueName(context.InputAddress), UnreadableMessage, context.ElapsedTime);
        return Task.CompletedTask;
    }

    /// <summary>The queue is the last segment of the endpoint's address (<c>rabbitmq://host/vhost/cart-state?bind=true</c>).</summary>
    public static string QueueName(Uri? inputAddress) =>
        inputAddress?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { } queue
            ? Uri.UnescapeDataString(queue)
            : "unknown";

    /// <summary>The short type name, with generic arguments spelled out: <c>Fault&lt;OrderPlaced&gt;</c>.</summary>
    public static string MessageTypeName(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(",", type.GetGenericArguments().Select(MessageTypeName))}>"
            : type.Name;
}
