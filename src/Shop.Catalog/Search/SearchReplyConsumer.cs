using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Search;

/// <summary>The text a user sends after being asked what they look for: the question is used up and the results are sent.</summary>
public sealed class SearchReplyConsumer(CatalogDbContext db) : IConsumer<TextReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        // The question is used up by the text that answers it, in the transaction that sends the results.
        var asked = await db.SearchPrompts.Where(p => p.UserId == message.From.Id).ExecuteDeleteAsync(context.CancellationToken);
        if (asked == 0) return;
        var texts = CatalogTexts.For(message.From.LanguageCode);
        var view = await SearchResultsView.ForAsync(db, texts, message.Text, context.CancellationToken);
        await ChatReplies.SendAsync(context, message.ChatId, view);
    }
}
