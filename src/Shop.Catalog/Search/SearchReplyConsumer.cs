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
        // Recorded only when a question was pending, so a redelivered copy of a search is searched again and answered
        // with the same message id, while other texts leave no trace here.
        var wasSearch = await db.ApplyOnceAsync(context, nameof(SearchReplyConsumer),
            async ct => await db.SearchPrompts.Where(p => p.UserId == message.From.Id).ExecuteDeleteAsync(ct) > 0 ? message : null,
            _ => Task.FromResult<TextReceived?>(message));
        if (wasSearch is null) return;
        var texts = CatalogTexts.For(message.From.LanguageCode);
        var view = await SearchResultsView.ForAsync(db, texts, message.Text, context.CancellationToken);
        await ChatReplies.SendAsync(context, message.ChatId, view);
    }
}
