namespace Shop.Cart.Texts;

/// <summary>Every user-facing string of the Cart worker, one instance per language.</summary>
public sealed record CartTexts(
    string Greeting,
    string About,
    string CatalogButton,
    string CartButton,
    string HelpButton,
    string HomeButton,
    string Help)
{
    public static CartTexts For(string? languageCode) =>
        languageCode is { Length: >= 2 } code && code.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian : English;

    public static readonly CartTexts English = new(
        Greeting: "Hello, {0}! Welcome to our shop.",
        About: "Browse the catalog, put what you like into your cart and check out right here in the chat. We will tell you about every step of your order.",
        CatalogButton: "🛍 Catalog",
        CartButton: "🛒 Cart",
        HelpButton: "ℹ️ Help",
        HomeButton: "🏠 Home",
        Help: "How it works:\n• Catalog: browse products and add them to your cart.\n• Cart: change quantities and check out.\n• /start shows this shop's home at any time.\n\nQuestions? Just write to us here.");

    public static readonly CartTexts Russian = new(
        Greeting: "Здравствуйте, {0}! Добро пожаловать в наш магазин.",
        About: "Смотрите каталог, кладите понравившееся в корзину и оформляйте заказ прямо в чате. Мы сообщим о каждом шаге вашего заказа.",
        CatalogButton: "🛍 Каталог",
        CartButton: "🛒 Корзина",
        HelpButton: "ℹ️ Помощь",
        HomeButton: "🏠 Главная",
        Help: "Как это работает:\n• Каталог: смотрите товары и добавляйте их в корзину.\n• Корзина: меняйте количество и оформляйте заказ.\n• /start в любой момент покажет главную страницу магазина.\n\nВопросы? Просто напишите нам здесь.");
}
