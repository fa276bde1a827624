using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Catalog.Data;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;

namespace Shop.Catalog.Owner;

/// <summary>
/// The owner's conversation with the catalog: a text or photo is the answer to the step it is at, and <c>/cancel</c> leaves
/// the step. With no step open the update is declined, and the Ingress answers it.
/// </summary>
public sealed class OwnerReplyConsumer(CatalogDbContext db, OwnerFlow flow, IOptions<ShopOptions> shop)
    : IConsumer<TextReceived>, IConsumer<PhotoReceived>, IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var outcome = shop.Value.IsOwner(message.From.Id) ? await flow.TextAsync(message.From, message.Text, context.CancellationToken) : null;
        await AnswerAsync(context, message.ChatId, outcome);
    }

    public async Task Consume(ConsumeContext<PhotoReceived> context)
    {
        var message = context.Message;
        var outcome = shop.Value.IsOwner(message.From.Id) ? await flow.PhotoAsync(message.From, message.FileId, context.CancellationToken) : null;
        await AnswerAsync(context, message.ChatId, outcome);
    }

    /// <summary><c>/cancel</c> (the only command routed to a conversation): the step ends and its draft is dropped.</summary>
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        await AnswerAsync(context, command.ChatId, await flow.CancelAsync(command.From, context.CancellationToken));
    }

    async Task AnswerAsync(ConsumeContext context, long chatId, OwnerOutcome? outcome)
    {
        if (outcome is null)
        {
            context.DeclineUpdate();
            return;
        }
        await db.SaveChangesAsync(context.CancellationToken);
        await ChatReplies.PublishAsync(context, chatId, outcome);
    }
}
