using MassTransit;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Search;

/// <summary><c>/search words</c> answers with what matches; a bare <c>/search</c> asks what to look for.</summary>
public sealed class SearchCommandConsumer(CatalogDbContext db, TimeProvider clock) : IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var texts = CatalogTexts.For(command.From.LanguageCode);
        MessageContent view;
        if (command.Arguments.Trim().Length > 0)
        {
            view = await SearchResultsView.ForAsync(db, texts, command.Arguments, context.CancellationToken);
        }
        else
        {
            view = CatalogView.SearchPrompt(texts);
            await SearchPrompts.AskAsync(context, db, command.From.Id, clock.GetUtcNow(), context.CancellationToken);
        }
        await ChatReplies.SendAsync(context, command.ChatId, view);
    }
}
