using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;
using Shop.Messaging.Selection;

namespace Shop.Catalog.Search;

/// <summary>The Search button: asks what the user is looking for and takes their next text as the search.</summary>
public sealed class SearchButtonConsumer(CatalogDbContext db, TimeProvider clock) : IConsumer<ButtonPressed>, ISelectiveConsumer<ButtonPressed>
{
    public static bool Wants(ButtonPressed press) => press.Data == Buttons.Search;

    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        if (!Wants(press)) return;
        var view = CatalogView.SearchPrompt(CatalogTexts.For(press.From.LanguageCode));
        var claim = await SearchPrompts.AskAsync(db, press.From.Id, clock.GetUtcNow(), context.CancellationToken);
        await ChatReplies.ClaimAsync(context, claim);
        await ChatReplies.AnswerAsync(context, press);
        await ChatReplies.ShowAsync(context, press, view);
    }
}
