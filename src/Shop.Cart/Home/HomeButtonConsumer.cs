using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Cart.Data;
using Shop.Cart.Shopping;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Cart.Home;

/// <summary>The Home and Help buttons: the same message is edited in place, so the chat does not fill up.</summary>
public sealed class HomeButtonConsumer(CartDbContext db, IOptions<ShopOptions> shop) : IConsumer<ButtonPressed>, IReadOnlyConsumer
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var texts = CartTexts.For(press.From.LanguageCode);
        var view = press.Data switch
        {
            HomeView.HomeData => HomeView.Home(texts, press.From.FirstName,
                await db.LoadContentsAsync(press.From.Id, context.CancellationToken)),
            HomeView.HelpData => HomeView.Help(texts, shop.Value.IsOwner(press.From.Id)),
            _ => null,
        };
        if (view is null) return;
        await context.AnswerPress(press);
        await context.ShowInPlace(press, view);
    }
}
