using MassTransit;
using Shop.Cart.Data;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Cart.Shopping;

/// <summary>
/// The cart's buttons (<c>k:...</c>). A change is applied once, in one transaction with its inbox row and under the
/// cart's row lock, so fast taps and several Cart workers never lose or double one. The answer and the view are then
/// published from the committed cart, also for a repeat, so a crash between commit and publish is repaired by redelivery.
/// The cart is always the presser's own: it is keyed by who pressed, never by anything in the button.
/// </summary>
public sealed class CartButtonConsumer(CartDbContext db, TimeProvider clock) : IConsumer<ButtonPressed>
{
    const string InboxName = "cart-button";

    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        if (!press.Data.StartsWith(Buttons.CartPrefix, StringComparison.Ordinal)) return;
        var texts = CartTexts.For(press.From.LanguageCode);
        if (!CartButtons.TryParse(press.Data, out var button))
        {
            await context.PublishOnce(CartView.Alert(press.CallbackQueryId, texts.InvalidButton), "answer");
            return;
        }
        // Checkout changes nothing here and hands the cart to Ordering: CheckoutButtonConsumer's.
        if (button.Kind == CartPressKind.Checkout) return;

        var ct = context.CancellationToken;
        var userId = press.From.Id;
        CartChange? change = null;
        if (button.Kind is not (CartPressKind.View or CartPressKind.Clear))
        {
            // A repeat changes nothing and answers without a toast; the view below is rebuilt from the cart as it is.
            change = await db.ApplyOnceAsync(context, InboxName, async ct =>
            {
                var now = clock.GetUtcNow();
                var cart = await db.LockCartAsync(userId, now, ct);
                var product = await db.Products.FindAsync([button.ProductId], ct);
                return CartRules.Apply(cart, button, product, now);
            }, _ => Task.FromResult<CartChange?>(null));
        }

        var contents = await db.LoadContentsAsync(userId, ct);
        var answer = change is null ? new AnswerButtonPress(press.CallbackQueryId) : CartView.Answer(press.CallbackQueryId, texts, change, contents);
        await context.PublishOnce(answer, "answer");
        // Adding happens on a product card, which belongs to the Catalog; the toast is the whole answer there.
        if (button.Kind == CartPressKind.Add) return;
        var view = button.Kind == CartPressKind.Clear && contents.Items.Count > 0 ? CartView.ConfirmClear(texts) : CartView.Cart(texts, contents);
        await context.ShowInPlace(press, view);
    }
}
