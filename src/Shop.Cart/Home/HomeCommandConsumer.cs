using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Cart.Data;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Cart.Home;

/// <summary>Answers <c>/start</c> with the home screen and <c>/help</c> with the help screen (with the owner's commands for an owner).</summary>
public sealed class HomeCommandConsumer(CartDbContext db, IOptions<ShopOptions> shop) : IConsumer<CommandReceived>, IReadOnlyConsumer
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var texts = CartTexts.For(command.From.LanguageCode);
        var view = command.Command switch
        {
            "start" => HomeView.Home(texts, command.From.FirstName,
                await db.LoadContentsAsync(command.From.Id, context.CancellationToken)),
            "help" => HomeView.Help(texts, shop.Value.IsOwner(command.From.Id)),
            _ => null,
        };
        if (view is not null) await context.PublishOnce(new SendChatMessage(command.ChatId, view), "view");
    }
}
