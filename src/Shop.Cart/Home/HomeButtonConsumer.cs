using MassTransit;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Cart.Home;

/// <summary>The Home and Help buttons: the same message is edited in place, so the chat does not fill up.</summary>
public sealed class HomeButtonConsumer : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var texts = CartTexts.For(press.From.LanguageCode);
        var view = press.Data switch
        {
            HomeView.HomeData => HomeView.Home(texts, press.From.FirstName),
            HomeView.HelpData => HomeView.Help(texts),
            _ => null,
        };
        if (view is null) return;
        await context.PublishOnce(new AnswerButtonPress(press.CallbackQueryId), "answer");
        object show = press.MessageId is { } messageId
            ? new EditChatMessage(press.ChatId, messageId, view)
            : new SendChatMessage(press.ChatId, view);
        await context.PublishOnce(show, "view");
    }
}
