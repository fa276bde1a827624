using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Catalog.Data;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Owner;

/// <summary>An owner's text or photo, taken as the answer to the step their conversation is at; ignored when none is.</summary>
public sealed class OwnerReplyConsumer(CatalogDbContext db, OwnerFlow flow, IOptions<ShopOptions> shop)
    : IConsumer<TextReceived>, IConsumer<PhotoReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        if (!shop.Value.IsOwner(message.From.Id)) return;
        var outcome = await flow.TextAsync(message.From, message.Text, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        if (outcome is not null) await ChatReplies.PublishAsync(context, message.ChatId, outcome);
    }

    public async Task Consume(ConsumeContext<PhotoReceived> context)
    {
        var message = context.Message;
        if (!shop.Value.IsOwner(message.From.Id)) return;
        var outcome = await flow.PhotoAsync(message.From, message.FileId, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        if (outcome is not null) await ChatReplies.PublishAsync(context, message.ChatId, outcome);
    }
}
