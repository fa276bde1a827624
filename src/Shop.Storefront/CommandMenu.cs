namespace Shop.Storefront;

/// <summary>
/// The commands people are shown: customers in the bot's menu, owners in theirs (set per owner chat) and in their /help and
/// staff menu. Each command here is answered by the worker the routing table names.
/// </summary>
public static class CommandMenu
{
    public static readonly IReadOnlyList<MenuCommand> Customer =
    [
        new("start", "Open the shop", "Открыть магазин"),
        new("cart", "Your cart", "Ваша корзина"),
        new("search", "Find a product", "Найти товар"),
        new("myorders", "Your orders", "Ваши заказы"),
        new("help", "How it works", "Как это работает"),
    ];

    public static readonly IReadOnlyList<MenuCommand> Owner =
    [
        new("orders", "Open orders", "Открытые заказы"),
        new("order", "One order: /order 1042", "Заказ: /order 1042"),
        new("fulfill", "Next step of an order: /fulfill 1042", "Следующий шаг заказа: /fulfill 1042"),
        new("newproduct", "Add a product step by step", "Добавить товар по шагам"),
        new("newcategory", "Add a category: /newcategory Tea", "Добавить категорию: /newcategory Чай"),
        new("requests", "Access requests waiting", "Ожидающие запросы доступа"),
        new("grant", "Let a user in: /grant 12345", "Впустить пользователя: /grant 12345"),
        new("revoke", "Take access away: /revoke 12345", "Закрыть доступ: /revoke 12345"),
        new("accessmode", "Open or private shop", "Открытый или закрытый магазин"),
        new("cancel", "Leave the current step", "Выйти из текущего шага"),
        new("start", "The shop as customers see it", "Магазин глазами покупателя"),
        new("help", "What you can do", "Что можно сделать"),
    ];

    /// <summary>The owner's commands as a list for a message ("/orders — Open orders").</summary>
    public static string OwnerList(string? languageCode) =>
        string.Join("\n", Owner.Where(c => c.Command is not ("start" or "help")).Select(c => $"/{c.Command} — {c.Description(languageCode)}"));
}
