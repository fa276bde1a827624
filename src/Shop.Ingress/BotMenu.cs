using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>The commands Telegram lists in the bot's menu, per language (English is the default for everyone else).</summary>
public static class BotMenu
{
    public static readonly IReadOnlyList<BotCommand> English =
    [
        new("start", "Open the shop"),
        new("cart", "Your cart"),
        new("search", "Find a product"),
        new("myorders", "Your orders"),
        new("help", "How it works"),
    ];

    public static readonly IReadOnlyList<BotCommand> Russian =
    [
        new("start", "Открыть магазин"),
        new("cart", "Ваша корзина"),
        new("search", "Найти товар"),
        new("myorders", "Ваши заказы"),
        new("help", "Как это работает"),
    ];
}
