using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Catalog.Search;

/// <summary>The Search button: asks what the user is looking for and takes their next text as the search.</summary>
public sealed class SearchButtonConsumer(CatalogDbContext db, TimeProvider clock) : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var view = CatalogView.SearchPrompt(CatalogTexts.For(press.From.LanguageCode));
        await SearchPrompts.AskAsync(context, db, press.From.Id, clock.GetUtcNow(), context.CancellationToken);
        await ChatReplies.AnswerAsync(context, press);
        await ChatReplies.ShowAsync(context, press, view);
    }
}
