using MassTransit;
using Shop.Cart.Data;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Cart.Shopping;

/// <summary>Answers <c>/cart</c> with the cart view.</summary>
public sealed class CartCommandConsumer(CartDbContext db) : IConsumer<CommandReceived>, IReadOnlyConsumer
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var texts = CartTexts.For(command.From.LanguageCode);
        var contents = await db.LoadContentsAsync(command.From.Id, context.CancellationToken);
        await context.PublishOnce(new SendChatMessage(command.ChatId, CartView.Cart(texts, contents)), "view");
    }
}
