using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Messaging;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>
/// Publishes updates to the bus and returns only once the broker confirmed them. The message id is derived from the
/// update id, so an update Telegram delivers twice becomes the same bus message twice, and consumers drop the repeat.
/// </summary>
public sealed class UpdatePublisher(IBus bus, BotIdentity identity, IOptions<IngressOptions> options, ILogger<UpdatePublisher> logger)
{
    public async Task PublishAsync(IReadOnlyCollection<Update> updates, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        var username = await identity.GetUsernameAsync(timeout.Token);
        await Task.WhenAll(updates.Select(update => PublishOneAsync(update, username, timeout.Token)));
    }

    async Task PublishOneAsync(Update update, string? username, CancellationToken cancellationToken)
    {
        var route = UpdateRouter.Route(update, username);
        if (route.Message is not { } message)
        {
            logger.LogDebug("Update {UpdateId} ignored: {Reason}", update.UpdateId, route.IgnoredBecause);
            return;
        }
        var messageId = MessageIds.ForUpdate(identity.BotId, update.UpdateId);
        await bus.Publish(message, message.GetType(), context => context.MessageId = messageId, cancellationToken);
    }
}
