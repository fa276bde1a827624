using MassTransit;
using Shop.Cart.Shopping;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Selection;

namespace Shop.Cart.Fallback;

/// <summary>Answers a button no worker owns (an old version's, or forged) with an alert, so its spinner does not hang.</summary>
public sealed class UnknownButtonConsumer : IConsumer<ButtonPressed>, IReadOnlyConsumer, ISelectiveConsumer<ButtonPressed>
{
    public static bool Wants(ButtonPressed press) => !ButtonOwners.IsOwned(press.Data);

    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        if (!Wants(press)) return;
        var texts = CartTexts.For(press.From.LanguageCode);
        await context.PublishOnce(CartView.Alert(press.CallbackQueryId, texts.InvalidButton), "answer");
    }
}
