using MassTransit;
using Shop.Cart.Data;
using Shop.Cart.Shopping;
using Shop.Cart.Texts;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Cart.Checkout;

/// <summary>
/// The Checkout button (<c>k:checkout</c>): hands a snapshot of what the customer can buy now to the Ordering worker, which
/// shows the checkout in the pressed message. Nothing here changes the cart, so no inbox is needed: a redelivered press
/// publishes the same message ids and the same checkout id again, and Ordering recognises the repeat.
/// </summary>
public sealed class CheckoutButtonConsumer(CartDbContext db, TimeProvider clock) : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var texts = CartTexts.For(press.From.LanguageCode);
        var contents = await db.LoadContentsAsync(press.From.Id, context.CancellationToken);
        var draft = CheckoutRules.Draft(contents);
        if (draft.Outcome == CheckoutOutcome.Ready)
        {
            var pressId = context.MessageId ?? throw new InvalidOperationException("The consumed message has no MessageId.");
            var checkoutId = MessageIds.Derive(pressId, "checkout-id");
            await context.PublishOnce(new CheckoutRequested(checkoutId, press.ChatId, press.MessageId, press.From, draft.Currency,
                draft.Lines, clock.GetUtcNow()), "checkout");
        }
        await context.PublishOnce(CartView.CheckoutAnswer(press.CallbackQueryId, texts, draft.Outcome), "answer");
        // The button may be on an old message whose cart has changed since: the refusal comes with the cart as it is now.
        if (draft.Outcome != CheckoutOutcome.Ready) await context.ShowInPlace(press, CartView.Cart(texts, contents));
    }
}
