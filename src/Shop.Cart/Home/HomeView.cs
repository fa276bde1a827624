using Shop.Cart.Texts;
using Shop.Contracts.Telegram;

namespace Shop.Cart.Home;

/// <summary>The shop's home screen and help screen, built from state alone so they can be tested without a bus.</summary>
public static class HomeView
{
    public const string HomeData = "home";
    public const string HelpData = "help";
    public const string CatalogData = "cat";
    public const string CartData = "cart";

    public static MessageContent Home(CartTexts texts, string firstName) =>
        new($"{string.Format(texts.Greeting, firstName)}\n\n{texts.About}",
            new InlineKeyboard([
                [new InlineButton(texts.CatalogButton, CatalogData), new InlineButton(texts.CartButton, CartData)],
                [new InlineButton(texts.HelpButton, HelpData)],
            ]));

    public static MessageContent Help(CartTexts texts) =>
        new(texts.Help, new InlineKeyboard([[new InlineButton(texts.HomeButton, HomeData)]]));
}
