using MassTransit;
using Shop.Cart.Data;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Selection;

namespace Shop.Cart.Home;

/// <summary>Answers <c>/start</c> with the home screen and <c>/help</c> with the help screen.</summary>
public sealed class HomeCommandConsumer(CartDbContext db) : IConsumer<CommandReceived>, IReadOnlyConsumer, ISelectiveConsumer<CommandReceived>
{
    public static bool Wants(CommandReceived command) => command.Command is "start" or "help";

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var texts = CartTexts.For(command.From.LanguageCode);
        var view = command.Command switch
        {
            "start" => HomeView.Home(texts, command.From.FirstName,
                await db.LoadContentsAsync(command.From.Id, context.CancellationToken)),
            "help" => HomeView.Help(texts),
            _ => null,
        };
        if (view is not null) await context.PublishOnce(new SendChatMessage(command.ChatId, view), "view");
    }
}
