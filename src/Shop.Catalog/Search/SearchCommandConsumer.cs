using MassTransit;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Selection;

namespace Shop.Catalog.Search;

/// <summary><c>/search words</c> answers with what matches; a bare <c>/search</c> asks what to look for.</summary>
public sealed class SearchCommandConsumer(CatalogDbContext db, TimeProvider clock) : IConsumer<CommandReceived>, ISelectiveConsumer<CommandReceived>
{
    public static bool Wants(CommandReceived command) => command.Command == "search";

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        if (!Wants(command)) return;
        var texts = CatalogTexts.For(command.From.LanguageCode);
        MessageContent view;
        if (command.Arguments.Trim().Length > 0)
        {
            view = await SearchResultsView.ForAsync(db, texts, command.Arguments, context.CancellationToken);
        }
        else
        {
            view = CatalogView.SearchPrompt(texts);
            var claim = await SearchPrompts.AskAsync(db, command.From.Id, clock.GetUtcNow(), context.CancellationToken);
            await ChatReplies.ClaimAsync(context, claim);
        }
        await ChatReplies.SendAsync(context, command.ChatId, view);
    }
}
