namespace Shop.Ordering.Texts;

/// <summary>Every user-facing string about orders (receipts, status messages, staff alerts and lists), one instance per language.</summary>
public sealed record OrderTexts
{
    public required string Language { get; init; }
    public required string ItemForms { get; init; }
    public required string StatusPlaced { get; init; }
    public required string StatusAccepted { get; init; }
    public required string StatusShipped { get; init; }
    public required string StatusReadyForPickup { get; init; }
    public required string StatusDelivered { get; init; }
    public required string StatusCancelled { get; init; }
    public required string StatusNotPlaced { get; init; }
    public required string StatusReserving { get; init; }
    public required string ReceiptTitle { get; init; }
    public required string LineFormat { get; init; }
    public required string TotalLine { get; init; }
    public required string ContactLine { get; init; }
    public required string PhoneLine { get; init; }
    public required string DeliveryLine { get; init; }
    public required string PickupLine { get; init; }
    public required string CommentLine { get; init; }
    public required string StatusLine { get; init; }
    public required string ReceiptFooter { get; init; }
    public required string UpdateAccepted { get; init; }
    public required string UpdateShipped { get; init; }
    public required string UpdateReadyForPickup { get; init; }
    public required string UpdateDelivered { get; init; }
    public required string UpdateCancelledByShop { get; init; }
    public required string UpdateCancelledByCustomer { get; init; }
    public required string UpdateCancelledTimeout { get; init; }
    public required string ReasonLine { get; init; }
    public required string ShortageTitle { get; init; }
    public required string ShortageLine { get; init; }
    public required string ShortageGone { get; init; }
    public required string ShortageFooter { get; init; }
    public required string BackToCartButton { get; init; }
    public required string MyOrdersButton { get; init; }
    public required string CancelOrderButton { get; init; }
    public required string ConfirmCancel { get; init; }
    public required string ConfirmCancelButton { get; init; }
    public required string KeepOrderButton { get; init; }
    public required string NewOrderAlert { get; init; }
    public required string CustomerLine { get; init; }
    public required string HandledByLine { get; init; }
    public required string AcceptButton { get; init; }
    public required string RejectButton { get; init; }
    public required string ShippedButton { get; init; }
    public required string ReadyButton { get; init; }
    public required string DeliveredButton { get; init; }
    public required string CancelAcceptedButton { get; init; }
    public required string HistoryButton { get; init; }
    public required string OrdersButton { get; init; }
    public required string AskRejectReason { get; init; }
    public required string ReasonOutOfStock { get; init; }
    public required string ReasonCannotDeliver { get; init; }
    public required string ReasonUnreachable { get; init; }
    public required string ReasonWriteButton { get; init; }
    public required string ReasonNoneButton { get; init; }
    public required string BackButton { get; init; }
    public required string WriteReason { get; init; }
    public required string ReasonTooLong { get; init; }
    public required string RejectCancelled { get; init; }
    public required string HistoryTitle { get; init; }
    public required string HistoryLine { get; init; }
    public required string HistoryBySystem { get; init; }
    public required string OpenOrdersTitle { get; init; }
    public required string NoOpenOrders { get; init; }
    public required string MyOrdersTitle { get; init; }
    public required string NoOrders { get; init; }
    public required string ListLine { get; init; }
    public required string PreviousButton { get; init; }
    public required string NextButton { get; init; }
    public required string OrderNotFound { get; init; }
    public required string OrderUsage { get; init; }
    public required string StaffOnly { get; init; }
    public required string ActionDone { get; init; }
    public required string ActionRefused { get; init; }
    public required string ActionRefusedBy { get; init; }
    public required string InvalidButton { get; init; }

    public static OrderTexts For(string? languageCode) =>
        languageCode is { Length: >= 2 } code && code.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? Russian : English;

    public string Status(string status) => status switch
    {
        Orders.OrderStatus.Placed => StatusPlaced,
        Orders.OrderStatus.Accepted => StatusAccepted,
        Orders.OrderStatus.Shipped => StatusShipped,
        Orders.OrderStatus.ReadyForPickup => StatusReadyForPickup,
        Orders.OrderStatus.Delivered => StatusDelivered,
        Orders.OrderStatus.Cancelled => StatusCancelled,
        Orders.OrderStatus.NotPlaced => StatusNotPlaced,
        _ => StatusReserving,
    };

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

    public static readonly OrderTexts English = new()
    {
        Language = "en",
        ItemForms = "item|items",
        StatusReserving = "being placed",
        StatusPlaced = "placed, waiting for the shop",
        StatusAccepted = "accepted",
        StatusShipped = "shipped",
        StatusReadyForPickup = "ready for pickup",
        StatusDelivered = "delivered",
        StatusCancelled = "cancelled",
        StatusNotPlaced = "not placed",
        ReceiptTitle = "🧾 Order #{0}",
        LineFormat = "{0} × {1} — {2}",
        TotalLine = "Total: {0} ({1})",
        ContactLine = "Contact: {0}",
        PhoneLine = "Phone: {0}",
        DeliveryLine = "Delivery to: {0}",
        PickupLine = "Pickup{0}",
        CommentLine = "Comment: {0}",
        StatusLine = "Status: {0}",
        ReceiptFooter = "We will message you here at every step.",
        UpdateAccepted = "✅ Order #{0} was accepted and is being prepared.",
        UpdateShipped = "🚚 Order #{0} is on its way.",
        UpdateReadyForPickup = "📦 Order #{0} is ready for pickup{1}.",
        UpdateDelivered = "🎉 Order #{0} is delivered. Thank you for shopping with us!",
        UpdateCancelledByShop = "❌ Order #{0} was cancelled by the shop.",
        UpdateCancelledByCustomer = "Order #{0} is cancelled, as you asked.",
        UpdateCancelledTimeout = "❌ Order #{0} was cancelled: the shop could not confirm it in time. Nothing was charged.",
        ReasonLine = "Reason: {0}",
        ShortageTitle = "We could not place your order: some items ran out meanwhile.",
        ShortageLine = "• {0}: you asked for {1}, {2} left",
        ShortageGone = "• {0}: no longer available",
        ShortageFooter = "Your cart is unchanged; check it and try again.",
        BackToCartButton = "🛒 Back to cart",
        MyOrdersButton = "📋 My orders",
        CancelOrderButton = "Cancel order",
        ConfirmCancel = "Cancel order #{0}?",
        ConfirmCancelButton = "Yes, cancel it",
        KeepOrderButton = "No, keep it",
        NewOrderAlert = "🔔 New order #{0}",
        CustomerLine = "Customer: {0}",
        HandledByLine = "Handled by: {0}",
        AcceptButton = "✅ Accept",
        RejectButton = "❌ Reject",
        ShippedButton = "🚚 Mark shipped",
        ReadyButton = "📦 Ready for pickup",
        DeliveredButton = "🎉 Mark delivered",
        CancelAcceptedButton = "❌ Cancel order",
        HistoryButton = "🕓 History",
        OrdersButton = "📋 Open orders",
        AskRejectReason = "Why is order #{0} rejected? The customer will see the reason.",
        ReasonOutOfStock = "Out of stock",
        ReasonCannotDeliver = "We cannot deliver there",
        ReasonUnreachable = "Could not reach the customer",
        ReasonWriteButton = "✏️ Write a reason",
        ReasonNoneButton = "No reason",
        BackButton = "« Back",
        WriteReason = "Write the reason for rejecting order #{0} (up to {1} characters), or /cancel.",
        ReasonTooLong = "That reason is too long: at most {0} characters, please.",
        RejectCancelled = "Rejection cancelled; order #{0} is unchanged.",
        HistoryTitle = "History:",
        HistoryLine = "{0:yyyy-MM-dd HH:mm} {1} → {2}, {3}",
        HistoryBySystem = "by the shop",
        OpenOrdersTitle = "📋 Open orders ({0})",
        NoOpenOrders = "No open orders. 🎉",
        MyOrdersTitle = "📋 Your orders",
        NoOrders = "You have no orders yet.",
        ListLine = "#{0} · {1} · {2} · {3}",
        PreviousButton = "« Previous",
        NextButton = "Next »",
        OrderNotFound = "There is no order #{0} for you to see.",
        OrderUsage = "Give the order's number, e.g. /{0} 1042.",
        StaffOnly = "Only the shop's staff can do that.",
        ActionDone = "Order #{0}: {1}.",
        ActionRefused = "Order #{0} is already {1}; nothing changed.",
        ActionRefusedBy = "Order #{0} is already {1} by {2}; nothing changed.",
        InvalidButton = "This button is no longer valid.",
    };

    public static readonly OrderTexts Russian = English with
    {
        Language = "ru",
        ItemForms = "товар|товара|товаров",
        StatusReserving = "оформляется",
        StatusPlaced = "оформлен, ждёт подтверждения магазина",
        StatusAccepted = "принят",
        StatusShipped = "отправлен",
        StatusReadyForPickup = "готов к выдаче",
        StatusDelivered = "доставлен",
        StatusCancelled = "отменён",
        StatusNotPlaced = "не оформлен",
        ReceiptTitle = "🧾 Заказ №{0}",
        TotalLine = "Итого: {0} ({1})",
        ContactLine = "Получатель: {0}",
        PhoneLine = "Телефон: {0}",
        DeliveryLine = "Доставка: {0}",
        PickupLine = "Самовывоз{0}",
        CommentLine = "Комментарий: {0}",
        StatusLine = "Статус: {0}",
        ReceiptFooter = "Мы напишем здесь о каждом шаге.",
        UpdateAccepted = "✅ Заказ №{0} принят и собирается.",
        UpdateShipped = "🚚 Заказ №{0} отправлен.",
        UpdateReadyForPickup = "📦 Заказ №{0} готов к выдаче{1}.",
        UpdateDelivered = "🎉 Заказ №{0} доставлен. Спасибо за покупку!",
        UpdateCancelledByShop = "❌ Заказ №{0} отменён магазином.",
        UpdateCancelledByCustomer = "Заказ №{0} отменён, как вы просили.",
        UpdateCancelledTimeout = "❌ Заказ №{0} отменён: магазин не успел его подтвердить. Деньги не списаны.",
        ReasonLine = "Причина: {0}",
        ShortageTitle = "Не удалось оформить заказ: некоторые товары закончились.",
        ShortageLine = "• {0}: вы просили {1}, осталось {2}",
        ShortageGone = "• {0}: больше не продаётся",
        ShortageFooter = "Корзина не изменилась; проверьте её и попробуйте снова.",
        BackToCartButton = "🛒 В корзину",
        MyOrdersButton = "📋 Мои заказы",
        CancelOrderButton = "Отменить заказ",
        ConfirmCancel = "Отменить заказ №{0}?",
        ConfirmCancelButton = "Да, отменить",
        KeepOrderButton = "Нет, оставить",
        NewOrderAlert = "🔔 Новый заказ №{0}",
        CustomerLine = "Покупатель: {0}",
        HandledByLine = "Обработал: {0}",
        AcceptButton = "✅ Принять",
        RejectButton = "❌ Отклонить",
        ShippedButton = "🚚 Отправлен",
        ReadyButton = "📦 Готов к выдаче",
        DeliveredButton = "🎉 Доставлен",
        CancelAcceptedButton = "❌ Отменить заказ",
        HistoryButton = "🕓 История",
        OrdersButton = "📋 Открытые заказы",
        AskRejectReason = "Почему заказ №{0} отклонён? Покупатель увидит причину.",
        ReasonOutOfStock = "Нет в наличии",
        ReasonCannotDeliver = "Не доставляем по этому адресу",
        ReasonUnreachable = "Не удалось связаться с покупателем",
        ReasonWriteButton = "✏️ Написать причину",
        ReasonNoneButton = "Без причины",
        BackButton = "« Назад",
        WriteReason = "Напишите причину отклонения заказа №{0} (до {1} символов) или /cancel.",
        ReasonTooLong = "Слишком длинно: не больше {0} символов.",
        RejectCancelled = "Отклонение отменено; заказ №{0} не изменился.",
        HistoryTitle = "История:",
        HistoryBySystem = "магазином",
        OpenOrdersTitle = "📋 Открытые заказы ({0})",
        NoOpenOrders = "Открытых заказов нет. 🎉",
        MyOrdersTitle = "📋 Ваши заказы",
        NoOrders = "У вас пока нет заказов.",
        PreviousButton = "« Назад",
        NextButton = "Дальше »",
        OrderNotFound = "Заказа №{0} среди ваших нет.",
        OrderUsage = "Укажите номер заказа, например /{0} 1042.",
        StaffOnly = "Это может сделать только персонал магазина.",
        ActionDone = "Заказ №{0}: {1}.",
        ActionRefused = "Заказ №{0} уже {1}; ничего не изменилось.",
        ActionRefusedBy = "Заказ №{0} уже {1} ({2}); ничего не изменилось.",
        InvalidButton = "Эта кнопка больше не действует.",
    };
}
