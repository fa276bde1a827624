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

    public static MessageContent Home(CartTexts texts, string firstName) =>
        new($"{string.Format(texts.Greeting, firstName)}\n\n{texts.About}",
            new InlineKeyboard([
                [new InlineButton(texts.CatalogButton, CatalogData), new InlineButton(texts.CartButton, CartData)],
                [new InlineButton(texts.HelpButton, HelpData)],
            ]));

    public static MessageContent Help(CartTexts texts) =>
        new(texts.Help, new InlineKeyboard([[new InlineButton(texts.HomeButton, HomeData)]]));
}
