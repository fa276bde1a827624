using Shop.Cart.Shopping;
using Shop.Cart.Texts;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Cart.Home;

/// <summary>The shop's home screen and help screen, built from state alone so they can be tested without a bus.</summary>
public static class HomeView
{
    public const string HomeData = Buttons.Home;
    public const string HelpData = Buttons.Help;
    public const string CatalogData = Buttons.Categories;
    public const string CartData = Buttons.Cart;

    /// <summary>With something to buy in the cart, home offers to check out, see the cart or resume shopping; otherwise catalog, cart, help.</summary>
    public static MessageContent Home(CartTexts texts, string firstName, CartContents cart)
    {
        var welcome = $"{string.Format(texts.Greeting, firstName)}\n\n{texts.About}";
        if (cart.BuyableUnits == 0)
            return new(welcome, new InlineKeyboard([
                [new InlineButton(texts.CatalogButton, CatalogData), new InlineButton(texts.CartButton, CartData)],
                [new InlineButton(texts.HelpButton, HelpData)],
            ]));
        var summary = string.Format(texts.HomeCartSummary, texts.Items(cart.BuyableUnits), CartView.Total(texts, cart));
        return new($"{welcome}\n\n{summary}", new InlineKeyboard([
            [CartView.CheckoutButton(texts, cart)],
            // Checkout goes straight to ordering, so changing the cart first needs a way to it.
            [new InlineButton(texts.CartButton, CartData), new InlineButton(texts.ResumeShoppingButton, CatalogData)],
            [new InlineButton(texts.HelpButton, HelpData)],
        ]));
    }

    /// <summary>How the shop works; an owner also gets the commands that run it.</summary>
    public static MessageContent Help(CartTexts texts, bool isOwner = false) =>
        new(isOwner ? $"{texts.Help}\n\n{texts.OwnerHelp}\n{CommandMenu.OwnerList(texts.Language)}" : texts.Help,
            new InlineKeyboard([[new InlineButton(texts.HomeButton, HomeData)]]));
}
