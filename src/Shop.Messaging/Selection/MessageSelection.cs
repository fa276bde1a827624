using System.Reflection;
using MassTransit;

namespace Shop.Messaging.Selection;

/// <summary>Puts a selective consumer's <see cref="ISelectiveConsumer{TMessage}.Wants"/> in front of its endpoint (from a definition).</summary>
public static class MessageSelection
{
    static readonly MethodInfo CheckMethod = typeof(MessageSelection).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// Call before the outbox. Does nothing for a consumer that wants every message; the endpoint must be the consumer's own,
    /// since a message one consumer does not want is not passed on to any other there.
    /// </summary>
    public static void UseMessageSelection<TConsumer>(this IReceiveEndpointConfigurator endpoint) where TConsumer : class
    {
        var checks = typeof(TConsumer).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISelectiveConsumer<>))
            .Select(i => (Func<ConsumeContext, Task<bool>>)CheckMethod.MakeGenericMethod(typeof(TConsumer), i.GetGenericArguments()[0]).Invoke(null, null)!)
            .ToList();
        if (checks.Count > 0) endpoint.UseFilter(new SelectionFilter(checks));
    }

    /// <summary>True to go on; false when the message is of this type and not wanted, once it counts as consumed.</summary>
    static Func<ConsumeContext, Task<bool>> Check<TConsumer, TMessage>() where TConsumer : ISelectiveConsumer<TMessage> where TMessage : class
    {
        var consumer = TypeCache<TConsumer>.ShortName;
        return async context =>
        {
            if (!context.TryGetMessage<TMessage>(out var consumed) || TConsumer.Wants(consumed.Message)) return true;
            // Consumed, not skipped: without this the transport would move a message no consumer took to the _skipped queue.
            await consumed.NotifyConsumed(consumed, TimeSpan.Zero, consumer);
            return false;
        };
    }
}
