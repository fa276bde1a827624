using MassTransit;
using Shop.Messaging.Routing;

namespace Shop.Messaging;

/// <summary>Publishing from a consumer so that a redelivery repeats the same message ids rather than new ones.</summary>
public static class ConsumeContextExtensions
{
    /// <summary>
    /// Publishes <paramref name="message"/> with an id derived from the consumed message's id and <paramref name="purpose"/>.
    /// Each distinct thing a consumer publishes needs its own purpose.
    /// </summary>
    public static Task PublishOnce<T>(this ConsumeContext context, T message, string purpose) where T : class
    {
        var parent = context.MessageId ?? throw new InvalidOperationException("The consumed message has no MessageId.");
        var id = MessageIds.Derive(parent, purpose);
        // The runtime type, not T: callers may hold the message as object when it is one of several kinds.
        var replyChat = context.UpdateChat();
        return context.Publish(message, message.GetType(), publish =>
        {
            publish.MessageId = id;
            if (replyChat is { } chat) publish.Headers.Set(ReplyHeaders.ReplyToChat, chat);
        }, context.CancellationToken);
    }
}
