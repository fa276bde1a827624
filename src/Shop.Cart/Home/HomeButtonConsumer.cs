using MassTransit;
using Shop.Cart.Data;
using Shop.Cart.Shopping;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Selection;

namespace Shop.Cart.Home;

/// <summary>The Home and Help buttons: the same message is edited in place, so the chat does not fill up.</summary>
public sealed class HomeButtonConsumer(CartDbContext db) : IConsumer<ButtonPressed>, IReadOnlyConsumer, ISelectiveConsumer<ButtonPressed>
{
    public static bool Wants(ButtonPressed press) => press.Data is HomeView.HomeData or HomeView.HelpData;

    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var texts = CartTexts.For(press.From.LanguageCode);
        var view = press.Data switch
        {
            HomeView.HomeData => HomeView.Home(texts, press.From.FirstName,
                await db.LoadContentsAsync(press.From.Id, context.CancellationToken)),
            HomeView.HelpData => HomeView.Help(texts),
            _ => null,
        };
        if (view is null) return;
        await context.AnswerPress(press);
        await context.ShowInPlace(press, view);
    }
}
