using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Catalog.Input;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Selection;

namespace Shop.Catalog.Owner;

/// <summary>
/// <c>/cancel</c>: leaves whatever the catalog was waiting for from this user, an owner's step or a search question. With
/// nothing of its own to cancel it stays silent while another worker holds the user's text, since that worker answers.
/// </summary>
public sealed class CancelCommandConsumer(CatalogDbContext db, OwnerFlow flow) : IConsumer<CommandReceived>, ISelectiveConsumer<CommandReceived>
{
    public static bool Wants(CommandReceived command) => command.Command == "cancel";

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        if (!Wants(command)) return;
        var texts = CatalogTexts.For(command.From.LanguageCode);
        var cancelled = new MessageContent(texts.Cancelled);
        var ct = context.CancellationToken;
        var searches = await db.SearchPrompts.Where(p => p.UserId == command.From.Id).ExecuteDeleteAsync(ct);
        var step = await flow.CancelAsync(command.From, ct);
        await db.SaveChangesAsync(ct);
        if (step is not null || searches > 0) await ChatReplies.SendAsync(context, command.ChatId, cancelled);
        // Another worker waits for this user's text and answers /cancel itself.
        else if (!await CatalogInput.HeldElsewhereAsync(db, command.From.Id, ct))
            await ChatReplies.SendAsync(context, command.ChatId, new MessageContent(texts.NothingToCancel));
    }
}
