using System.Text;
using Shop.Cart.Checkout;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Cart.Shopping;

/// <summary>The cart screen and the answers to cart buttons, built from the cart alone so they can be tested without a bus.</summary>
public static class CartView
{
    /// <summary>Titles are cut here so a full cart stays within Telegram's 4096 characters and an answer within 200.</summary>
    public const int MaxTitleLength = 64;

    public static MessageContent Cart(CartTexts texts, CartContents cart)
    {
        if (cart.Items.Count == 0)
            return new($"{texts.CartTitle}\n\n{texts.CartEmpty}", new InlineKeyboard([
                [new InlineButton(texts.CatalogButton, Buttons.Categories), new InlineButton(texts.HomeButton, Buttons.Home)],
            ]));

        var text = new StringBuilder(texts.CartTitle).Append('\n');
        var rows = new List<IReadOnlyList<InlineButton>>();
        for (var i = 0; i < cart.Items.Count; i++)
        {
            var item = cart.Items[i];
            var number = i + 1;
            text.Append('\n').Append(number).Append(". ").Append(Title(item)).Append('\n').Append("    ").Append(Line(texts, item)).Append('\n');
            rows.Add(item.Availability == ItemAvailability.Available
                ?
                [
                    new InlineButton(string.Format(texts.DecreaseButton, number), CartButtons.Decrease(item.ProductId)),
                    new InlineButton(string.Format(texts.IncreaseButton, number), CartButtons.Increase(item.ProductId)),
                    new InlineButton(string.Format(texts.RemoveButton, number), CartButtons.Remove(item.ProductId)),
                ]
                : [new InlineButton(string.Format(texts.RemoveButton, number), CartButtons.Remove(item.ProductId))]);
        }
        if (cart.BuyableUnits > 0)
        {
            text.Append('\n').Append(string.Format(texts.Total, Total(texts, cart), texts.Items(cart.BuyableUnits)));
            rows.Add([CheckoutButton(texts, cart)]);
        }
        rows.Add([new InlineButton(texts.EmptyCartButton, CartButtons.Clear)]);
        rows.Add([new InlineButton(texts.ResumeShoppingButton, Buttons.Categories), new InlineButton(texts.HomeButton, Buttons.Home)]);
        return new(text.ToString().TrimEnd(), new InlineKeyboard(rows));
    }

    /// <summary>Asks before emptying the cart, since that cannot be undone.</summary>
    public static MessageContent ConfirmClear(CartTexts texts) =>
        new(texts.ConfirmClear, new InlineKeyboard([
            [new InlineButton(texts.ConfirmClearButton, CartButtons.ConfirmClear)],
            [new InlineButton(texts.BackToCartButton, CartButtons.View)],
        ]));

    /// <summary>"Checkout (3 items, $12.00)", on the cart and on the home screen.</summary>
    public static InlineButton CheckoutButton(CartTexts texts, CartContents cart) =>
        new(string.Format(texts.CheckoutButton, texts.Items(cart.BuyableUnits), Total(texts, cart)), CartButtons.Checkout);

    /// <summary>The total of what can be bought now, e.g. "$12.00" (amounts in different currencies are listed, never added).</summary>
    public static string Total(CartTexts texts, CartContents cart) =>
        string.Join(" + ", cart.Totals.Select(total => Money.Format(total.Minor, total.Currency, texts.Language)));

    /// <summary>The answer to a press that changed (or refused to change) the cart: a toast, or an alert when refused.</summary>
    public static AnswerButtonPress Answer(string callbackQueryId, CartTexts texts, CartChange change, CartContents cart)
    {
        var items = texts.Items(cart.BuyableUnits);
        var title = Shorten(change.Title);
        return change.Outcome switch
        {
            CartOutcome.Added => new(callbackQueryId, string.Format(texts.Added, change.Added, title, items)),
            CartOutcome.AddedUpToStock => new(callbackQueryId, string.Format(texts.AddedUpToStock, change.Added, title, items)),
            CartOutcome.AllInStock => new(callbackQueryId, string.Format(texts.AllInStock, change.InCart, title)),
            CartOutcome.OutOfStock => Alert(callbackQueryId, string.Format(texts.OutOfStock, title)),
            CartOutcome.Unavailable => Alert(callbackQueryId, texts.ProductUnavailable),
            CartOutcome.NotInCart => Alert(callbackQueryId, texts.NotInCart),
            CartOutcome.CartFull => Alert(callbackQueryId, string.Format(texts.CartFull, CartRules.MaxLines)),
            CartOutcome.Removed => new(callbackQueryId, string.Format(texts.Removed, title)),
            CartOutcome.Cleared => new(callbackQueryId, texts.Cleared),
            _ => new(callbackQueryId),
        };
    }

    /// <summary>
    /// The answer to Checkout: an alert when the cart cannot be ordered as it is; otherwise none, since Ordering shows the
    /// checkout in the pressed message.
    /// </summary>
    public static AnswerButtonPress CheckoutAnswer(string callbackQueryId, CartTexts texts, CheckoutOutcome outcome) => outcome switch
    {
        CheckoutOutcome.NothingToBuy => Alert(callbackQueryId, texts.NothingToCheckOut),
        CheckoutOutcome.SeveralCurrencies => Alert(callbackQueryId, texts.OneCurrencyAtATime),
        _ => new(callbackQueryId),
    };

    /// <summary>
    /// A product card's buttons with "in your cart: N" (opens the cart) under its "Add to cart" row, in place of the count an
    /// earlier add left there; the card's own buttons stay as the Catalog drew them. Null when the buttons are not this
    /// product's card (an old or forged press elsewhere): that message is left alone.
    /// </summary>
    public static InlineKeyboard? WithCount(InlineKeyboard card, CartTexts texts, Guid productId, int inCart)
    {
        var add = Buttons.AddToCartPrefix(productId);
        var rows = card.Rows.ToList();
        var at = rows.FindIndex(row => row.Any(button => button.CallbackData?.StartsWith(add, StringComparison.Ordinal) == true));
        if (at < 0) return null;
        IReadOnlyList<InlineButton> count = [new InlineButton(string.Format(texts.InCartButton, inCart), Buttons.Cart)];
        if (at + 1 < rows.Count && rows[at + 1] is [{ CallbackData: Buttons.Cart }]) rows[at + 1] = count;
        else rows.Insert(at + 1, count);
        return new InlineKeyboard(rows);
    }

    public static AnswerButtonPress Alert(string callbackQueryId, string text) => new(callbackQueryId, text, ShowAlert: true);

    static string Title(CartItem item) => Shorten(item.Product?.Title ?? "?");

    /// <summary>Cut to <see cref="MaxTitleLength"/>; also keeps answers within Telegram's 200 characters.</summary>
    static string Shorten(string title) => title.Length <= MaxTitleLength ? title : title[..(MaxTitleLength - 1)] + "…";

    static string Line(CartTexts texts, CartItem item)
    {
        if (item.Availability == ItemAvailability.Unavailable) return texts.LineUnavailable;
        if (item.Availability == ItemAvailability.OutOfStock) return texts.LineOutOfStock;
        var product = item.Product!;
        var price = string.Format(texts.LinePrice, item.BuyableQuantity, Money.Format(product.PriceMinor, product.Currency, texts.Language),
            Money.Format(item.TotalMinor, product.Currency, texts.Language));
        return item.Quantity > item.BuyableQuantity ? $"{price} ({string.Format(texts.LineOverStock, item.Quantity, product.Stock)})" : price;
    }
}
