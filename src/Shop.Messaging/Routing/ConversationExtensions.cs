using MassTransit;
using Shop.Contracts.Telegram;

namespace Shop.Messaging.Routing;

/// <summary>How a consumer of a user's update says who gets the user's next input.</summary>
public static class ConversationExtensions
{
    /// <summary>
    /// The consumer asked the user for input: their next text (or photo, contact, <c>/cancel</c>) goes to the conversation
    /// handler whose queue is <paramref name="endpoint"/>. Published with the consumer's other messages (in its outbox) and
    /// told to the Ingress in the answer to its update, so the very next input already goes there.
    /// </summary>
    public static Task ClaimConversation(this ConsumeContext context, long userId, string endpoint, DateTimeOffset at)
    {
        var claim = new ConversationClaimed(userId, endpoint, at);
        if (context.TryGetPayload<UpdateTurn>(out var turn)) turn.Claim = claim;
        return context.PublishOnce(claim, "claim");
    }

    /// <summary>The update was not for this consumer after all (a text while it waits for none): the Ingress's fallback answers it.</summary>
    public static void DeclineUpdate(this ConsumeContext context)
    {
        if (context.TryGetPayload<UpdateTurn>(out var turn)) turn.Declined = true;
    }
}
