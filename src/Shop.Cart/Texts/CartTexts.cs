namespace Shop.Cart.Texts;

/// <summary>Every user-facing string of the Cart worker, one instance per language.</summary>
public sealed record CartTexts(
    string Language,
    string ItemForms,
    string Greeting,
    string About,
    string CatalogButton,
    string CartButton,
    string HelpButton,
    string HomeButton,
    string Help,
    string OwnerHelp,
    string HomeCartSummary,
    string CartTitle,
    string CartEmpty,
    string LinePrice,
    string LineOverStock,
    string LineOutOfStock,
    string LineUnavailable,
    string Total,
    string CheckoutButton,
    string ResumeShoppingButton,
    string EmptyCartButton,
    string DecreaseButton,
    string IncreaseButton,
    string RemoveButton,
    string ConfirmClear,
    string ConfirmClearButton,
    string BackToCartButton,
    string Added,
    string InCartButton,
    string AddedUpToStock,
    string AllInStock,
    string OutOfStock,
    string ProductUnavailable,
    string NotInCart,
    string CartFull,
    string Removed,
    string Cleared,
    string NothingToCheckOut,
    string OneCurrencyAtATime,
    string InvalidButton)
{
    public static CartTexts For(string? languageCode) =>
        languageCode is { Length: >= 2 } code && code.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian : English;

    /// <summary>"1 item", "3 items"; "1 товар", "3 товара", "5 товаров".</summary>
    public string Items(int count)
    {
        var forms = ItemForms.Split('|');
        var form = forms.Length == 3 ? forms[SlavicPluralForm(count)] : forms[count == 1 ? 0 : forms.Length - 1];
        return $"{count} {form}";
    }

    static int SlavicPluralForm(int count)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        if (last == 1 && lastTwo != 11) return 0;
        return last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? 1 : 2;
    }

    public static readonly CartTexts English = new(
        Language: "en",
        ItemForms: "item|items",
        Greeting: "Hello, {0}! Welcome to our shop.",
        About: "Browse the catalog, put what you like into your cart and check out right here in the chat. We will tell you about every step of your order.",
        CatalogButton: "🛍 Catalog",
        CartButton: "🛒 Cart",
        HelpButton: "ℹ️ Help",
        HomeButton: "🏠 Home",
        Help: "How it works:\n• Catalog: browse products and add them to your cart.\n• Cart: change quantities and check out.\n• /start shows this shop's home at any time.\n\nQuestions? Just write to us here.",
        OwnerHelp: "You run this shop. Your commands:",
        HomeCartSummary: "In your cart: {0} for {1}.",
        CartTitle: "🛒 Your cart",
        CartEmpty: "Your cart is empty. Browse the catalog and add what you like.",
        LinePrice: "{0} × {1} = {2}",
        LineOverStock: "{0} in the cart, only {1} in stock",
        LineOutOfStock: "out of stock",
        LineUnavailable: "no longer available",
        Total: "Total: {0} for {1}",
        CheckoutButton: "✅ Checkout ({0}, {1})",
        ResumeShoppingButton: "🛍 Resume shopping",
        EmptyCartButton: "🗑 Empty cart",
        DecreaseButton: "{0}. ➖",
        IncreaseButton: "{0}. ➕",
        RemoveButton: "{0}. ✖️",
        ConfirmClear: "Remove everything from your cart?",
        ConfirmClearButton: "🗑 Yes, empty it",
        BackToCartButton: "⬅️ Back to the cart",
        Added: "Added {0} × {1} · cart: {2}",
        InCartButton: "🛒 In your cart: {0} · open",
        AddedUpToStock: "Added {0} × {1}, all we have in stock · cart: {2}",
        AllInStock: "All {0} × {1} we have in stock are in your cart already",
        OutOfStock: "Sorry, {0} is out of stock.",
        ProductUnavailable: "Sorry, this product is no longer available.",
        NotInCart: "This item is no longer in your cart.",
        CartFull: "Your cart holds at most {0} different products.",
        Removed: "Removed {0}",
        Cleared: "Your cart is empty now",
        NothingToCheckOut: "There is nothing in your cart that can be bought now.",
        OneCurrencyAtATime: "Checkout handles one currency at a time: please leave only products priced in one currency in your cart.",
        InvalidButton: "This button is no longer valid.");

    public static readonly CartTexts Russian = new(
        Language: "ru",
        ItemForms: "товар|товара|товаров",
        Greeting: "Здравствуйте, {0}! Добро пожаловать в наш магазин.",
        About: "Смотрите каталог, кладите понравившееся в корзину и оформляйте заказ прямо в чате. Мы сообщим о каждом шаге вашего заказа.",
        CatalogButton: "🛍 Каталог",
        CartButton: "🛒 Корзина",
        HelpButton: "ℹ️ Помощь",
        HomeButton: "🏠 Главная",
        Help: "Как это работает:\n• Каталог: смотрите товары и добавляйте их в корзину.\n• Корзина: меняйте количество и оформляйте заказ.\n• /start в любой момент покажет главную страницу магазина.\n\nВопросы? Просто напишите нам здесь.",
        OwnerHelp: "Вы ведёте этот магазин. Ваши команды:",
        HomeCartSummary: "В корзине: {0} на {1}.",
        CartTitle: "🛒 Ваша корзина",
        CartEmpty: "Корзина пуста. Загляните в каталог и добавьте то, что нравится.",
        LinePrice: "{0} × {1} = {2}",
        LineOverStock: "в корзине {0}, в наличии только {1}",
        LineOutOfStock: "нет в наличии",
        LineUnavailable: "больше не продаётся",
        Total: "Итого: {0} за {1}",
        CheckoutButton: "✅ Оформить ({0}, {1})",
        ResumeShoppingButton: "🛍 Продолжить покупки",
        EmptyCartButton: "🗑 Очистить корзину",
        DecreaseButton: "{0}. ➖",
        IncreaseButton: "{0}. ➕",
        RemoveButton: "{0}. ✖️",
        ConfirmClear: "Убрать всё из корзины?",
        ConfirmClearButton: "🗑 Да, очистить",
        BackToCartButton: "⬅️ Назад в корзину",
        Added: "Добавлено: {0} × {1} · в корзине: {2}",
        InCartButton: "🛒 В корзине: {0} · открыть",
        AddedUpToStock: "Добавлено: {0} × {1}, больше нет в наличии · в корзине: {2}",
        AllInStock: "Все {0} × {1} из наличия уже в вашей корзине",
        OutOfStock: "К сожалению, {0} нет в наличии.",
        ProductUnavailable: "К сожалению, этот товар больше не продаётся.",
        NotInCart: "Этого товара уже нет в корзине.",
        CartFull: "В корзине может быть не больше {0} разных товаров.",
        Removed: "Убрано: {0}",
        Cleared: "Корзина теперь пуста",
        NothingToCheckOut: "В корзине нет ничего, что можно купить сейчас.",
        OneCurrencyAtATime: "Заказ оформляется в одной валюте: оставьте в корзине товары, цены которых в одной валюте.",
        InvalidButton: "Эта кнопка больше не действует.");
}
