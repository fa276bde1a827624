using MassTransit;
using Shop.Cart.Data;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Cart.Shopping;

/// <summary>
/// The cart's buttons (<c>k:...</c>). A change is applied once, in the outbox's transaction with its inbox row and under
/// the cart's row lock, so fast taps and several Cart workers never lose or double one; the answer and the view are built
/// from the changed cart and commit with it. The cart is always the presser's own: it is keyed by who pressed, never by
/// anything in the button.
/// </summary>
public sealed class CartButtonConsumer(CartDbContext db, TimeProvider clock) : IConsumer<ButtonPressed>
{
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
            var now = clock.GetUtcNow();
            var cart = await db.LockCartAsync(userId, now, ct);
            var product = await db.Products.FindAsync([button.ProductId], ct);
            change = CartRules.Apply(cart, button, product, now);
            await db.SaveChangesAsync(ct);
        }

        var contents = await db.LoadContentsAsync(userId, ct);
        var answer = change is null ? new AnswerButtonPress(press.CallbackQueryId) : CartView.Answer(press.CallbackQueryId, texts, change, contents);
        await context.PublishOnce(answer, "answer");
        // Adding happens on a product card, which belongs to the Catalog: the card stays and shows how many are in the cart.
        if (button.Kind == CartPressKind.Add)
        {
            if (change is { InCart: > 0 } && press.Shown is { Keyboard: { } keyboard } card
                && CartView.WithCount(keyboard, texts, button.ProductId, change.InCart) is { } counted)
                await context.ShowInPlace(press, card with { Keyboard = counted });
            return;
        }
        var view = button.Kind == CartPressKind.Clear && contents.Items.Count > 0 ? CartView.ConfirmClear(texts) : CartView.Cart(texts, contents);
        await context.ShowInPlace(press, view);
    }
}
