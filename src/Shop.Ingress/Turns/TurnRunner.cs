using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Ingress.Data;
using Shop.Ingress.Support;
using Shop.Storefront.Routing;

namespace Shop.Ingress.Turns;

/// <summary>
/// One user's update, start to end: the routing table (and the user's conversation) names its handler; the update is sent
/// to that handler's queue alone, as a request, and the turn ends when the worker answers that it is done (its replies are
/// on their way by then) or the turn times out. The worker's answer may claim the user's conversation, recorded before the
/// user's next update is looked at, or decline the update, which the fallback then answers.
/// </summary>
public sealed class TurnRunner(Conversations conversations, FallbackReplies fallbacks, SupportReplies support, IClientFactory clients,
    IOptions<IngressOptions> options, ILogger<TurnRunner> logger)
{
    public async Task RunAsync<T>(ConsumeContext<T> context, long userId) where T : class
    {
        var update = context.Message;
        var ct = context.CancellationToken;
        var held = TurnRules.NeedsConversation(update) ? await conversations.FindAsync(userId, ct) : null;
        var target = TurnRules.Decide(update, held?.Endpoint);
        if (target.Handler is not { } handler)
        {
            await fallbacks.AnswerAsync(context, update, target.Fallback!.Value);
            return;
        }
        if (handler == RouteTable.SupportButton)
        {
            await support.PressAsync(context, (ButtonPressed)(object)update);
            return;
        }
        if (handler == RouteTable.SupportReply)
        {
            await support.AnswerAsync(context, update, held!);
            return;
        }

        var handled = await HandOverAsync(context, handler);
        if (handled?.Claim is { } claim)
            await conversations.ClaimAsync(claim.UserId, claim.Endpoint, claim.ClaimedAt, null, ct);
        if (handled is { Declined: true })
        {
            if (held is not null) await conversations.ReleaseAsync(held, ct);
            if (TurnRules.WhenDeclined(update) is { } fallback) await fallbacks.AnswerAsync(context, update, fallback);
        }
    }

    /// <summary>Sends the update to its handler's queue under its own message id, and waits for the worker to be done with it.</summary>
    async Task<UpdateHandled?> HandOverAsync<T>(ConsumeContext<T> context, UpdateHandler handler) where T : class
    {
        var timeout = options.Value.TurnTimeout;
        var client = clients.CreateRequestClient<T>(new Uri("exchange:" + handler.Endpoint), RequestTimeout.After(ms: (int)timeout.TotalMilliseconds));
        try
        {
            var response = await client.GetResponse<UpdateHandled>(context.Message, request =>
            {
                // A request lives only as long as its timeout unless told otherwise: the update must wait in the worker's
                // queue for as long as the worker is away or busy, never expire there.
                request.TimeToLive = RequestTimeout.None;
                request.UseExecute(send =>
                {
                    // The update's id, so the worker's inbox knows a repeat of it.
                    send.MessageId = context.MessageId;
                });
            }, context.CancellationToken);
            return response.Message;
        }
        catch (RequestTimeoutException)
        {
            // The update stays in the worker's queue and is handled when the worker gets to it; this user's next update need not wait.
            logger.LogWarning("Update {MessageId} for {Endpoint} not handled within {Timeout}; the user's next update goes on",
                context.MessageId, handler.Endpoint, timeout);
            return null;
        }
        catch (RequestFaultException e)
        {
            logger.LogWarning("Update {MessageId} failed in {Endpoint}: {Reason}", context.MessageId, handler.Endpoint, e.Message);
            return null;
        }
    }
}
