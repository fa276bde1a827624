using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Ingress.Data;

namespace Shop.Ingress;

/// <summary>
/// Records a worker's claim on a user's conversation. Most claims come sooner in the worker's answer to the update; this is
/// for those made later (a checkout step shown after the cart handed over) and those whose answer timed out.
/// </summary>
public sealed class ConversationClaimedConsumer(Conversations conversations) : IConsumer<ConversationClaimed>
{
    public Task Consume(ConsumeContext<ConversationClaimed> context)
    {
        var claim = context.Message;
        return conversations.ClaimAsync(claim.UserId, claim.Endpoint, claim.ClaimedAt, null, context.CancellationToken);
    }
}
