using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Ingress.Turns;
using Shop.Messaging;
using Shop.Storefront;
using Shop.Storefront.Routing;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>
/// Puts updates on the bus and returns only once the broker confirmed them. A user's update (a press, command, text, photo
/// or contact) goes to the user's partition queue, where the Ingress's turns take it in order (<see cref="TurnRunner"/>);
/// Telegram's reports (payments, blocks) are published. The message id is derived from the update id, so an update
/// Telegram delivers twice becomes the same bus message twice, and consumers drop the repeat.
/// Each update passes the private-shop gate first (<see cref="AccessGate"/>); one that must wait for the access list fails
/// the call, so it is not acknowledged to Telegram and comes again.
/// </summary>
public sealed class UpdatePublisher(IBus bus, BotIdentity identity, AccessReplica access, TurnEndpointsReady turns,
    IOptions<IngressOptions> options, ILogger<UpdatePublisher> logger)
{
    public async Task PublishAsync(IReadOnlyCollection<Update> updates, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        var username = await identity.GetUsernameAsync(timeout.Token);
        await turns.WaitAsync(timeout.Token);
        // One user's updates one after another, in Telegram's order, so they reach their partition queue in that order.
        await Task.WhenAll(updates.OrderBy(update => update.UpdateId).GroupBy(SenderOf).Select(async ofOneSender =>
        {
            foreach (var update in ofOneSender) await PublishOneAsync(update, username, timeout.Token);
        }));
    }

    static long SenderOf(Update update) =>
        update.Message?.From?.Id ?? update.CallbackQuery?.From.Id ?? update.PreCheckoutQuery?.From.Id ?? update.MyChatMember?.From.Id ?? 0;

    async Task PublishOneAsync(Update update, string? username, CancellationToken cancellationToken)
    {
        var route = UpdateRouter.Route(update, username);
        if (route.Message is not { } message)
        {
            logger.LogDebug("Update {UpdateId} ignored: {Reason}", update.UpdateId, route.IgnoredBecause);
            return;
        }
        var messageId = MessageIds.ForUpdate(identity.BotId, update.UpdateId);
        var gate = AccessGate.Decide(message, access.Check);
        switch (gate.Action)
        {
            case GateAction.Publish when AccessGate.Sender(message) is { } userId:
                var partition = await bus.GetSendEndpoint(TurnPartitions.Address(userId, options.Value.Partitions));
                await partition.Send(message, message.GetType(), context => context.MessageId = messageId, cancellationToken);
                break;
            case GateAction.Publish:
                await bus.Publish(message, message.GetType(), context => context.MessageId = messageId, cancellationToken);
                break;
            case GateAction.SendToAccess:
                // An exchange address, not a queue one (see ShopScheduler): the Access worker declares the quorum queue behind it.
                var endpoint = await bus.GetSendEndpoint(new Uri("exchange:" + RouteTable.RequestCommand.Endpoint));
                await endpoint.Send(message, message.GetType(), context => context.MessageId = messageId, cancellationToken);
                break;
            case GateAction.Answer:
                var reply = gate.Reply!;
                logger.LogDebug("Update {UpdateId} blocked: the sender has no access", update.UpdateId);
                await bus.Publish(reply, reply.GetType(), context => context.MessageId = MessageIds.Derive(messageId, "gate"), cancellationToken);
                break;
            default:
                throw new AccessNotLoadedException(update.UpdateId);
        }
    }
}
