using System.Globalization;
using System.Text;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Texts;
using Shop.Storefront;

namespace Shop.Ordering.Orders;

/// <summary>What customers and staff see of orders, built from the order alone so it can be tested without a bus.</summary>
public static class OrderViews
{
    /// <summary>Titles are cut here so even a large order stays within Telegram's 4096 characters.</summary>
    public const int MaxTitleLength = 64;

    /// <summary>The last this many changes are shown; the whole trail stays in the database.</summary>
    public const int MaxHistoryLines = 20;

    public const int PageSize = 8;

    public static string Tag(Guid orderId) => $"order:{orderId:N}";

    /// <summary>The receipt a customer gets the moment the order is placed, and sees again in <c>/myorders</c>.</summary>
    public static MessageContent Receipt(OrderState order, OrderTexts texts)
    {
        var text = new StringBuilder();
        text.AppendFormat(texts.ReceiptTitle, order.Number).Append('\n');
        AppendLines(text, order, texts);
        AppendContact(text, order, texts, pickupAddress: null);
        text.Append('\n').AppendFormat(texts.StatusLine, texts.Status(order.CurrentState));
        if (order.CurrentState == OrderStatus.Cancelled && order.Reason is { } reason) text.Append('\n').AppendFormat(texts.ReasonLine, reason);
        if (order.CurrentState == OrderStatus.Placed) text.Append("\n\n").Append(texts.ReceiptFooter);
        var rows = new List<IReadOnlyList<InlineButton>>();
        if (order.CurrentState == OrderStatus.Placed) rows.Add([new InlineButton(texts.CancelOrderButton, OrderButtons.AskCancel(order.CorrelationId))]);
        rows.Add([new InlineButton(texts.MyOrdersButton, OrderButtons.MyOrders)]);
        return new MessageContent(text.ToString(), new InlineKeyboard(rows));
    }

    /// <summary>The message a customer gets when their order moves on.</summary>
    public static MessageContent CustomerUpdate(OrderState order, OrderTexts texts, OrderTransition change, string? pickupAddress)
    {
        var text = change.To switch
        {
            OrderStatus.Accepted => string.Format(texts.UpdateAccepted, order.Number),
            OrderStatus.Shipped => string.Format(texts.UpdateShipped, order.Number),
            OrderStatus.ReadyForPickup => string.Format(texts.UpdateReadyForPickup, order.Number,
                string.IsNullOrWhiteSpace(pickupAddress) ? "" : $": {pickupAddress}"),
            OrderStatus.Delivered => string.Format(texts.UpdateDelivered, order.Number),
            OrderStatus.Cancelled when change.ByUserId is null => string.Format(texts.UpdateCancelledTimeout, order.Number),
            OrderStatus.Cancelled when change.ByUserId == order.CustomerId => string.Format(texts.UpdateCancelledByCustomer, order.Number),
            OrderStatus.Cancelled => string.Format(texts.UpdateCancelledByShop, order.Number),
            _ => string.Format(texts.StatusLine, texts.Status(change.To)),
        };
        if (change.To == OrderStatus.Cancelled && change.ByUserId is not null && change.ByUserId != order.CustomerId && change.Reason is { } reason)
            text += "\n" + string.Format(texts.ReasonLine, reason);
        return new MessageContent(text, new InlineKeyboard([[new InlineButton(texts.MyOrdersButton, OrderButtons.MyOrders)]]));
    }

    /// <summary>Asks the customer before cancelling, since that cannot be undone.</summary>
    public static MessageContent ConfirmCancel(OrderState order, OrderTexts texts) =>
        new(string.Format(texts.ConfirmCancel, order.Number), new InlineKeyboard([
            [new InlineButton(texts.ConfirmCancelButton, OrderButtons.Cancel(order.CorrelationId))],
            [new InlineButton(texts.KeepOrderButton, OrderButtons.CustomerView(order.CorrelationId))],
        ]));

    /// <summary>Tells the customer which lines were short; nothing was ordered and the cart is as it was.</summary>
    public static MessageContent Shortage(IReadOnlyList<StockShortfall> shortfalls, OrderTexts texts)
    {
        var text = new StringBuilder(texts.ShortageTitle).Append('\n');
        foreach (var line in shortfalls)
        {
            text.Append('\n').Append(line.Available > 0
                ? string.Format(texts.ShortageLine, Shorten(line.Title), line.Requested, line.Available)
                : string.Format(texts.ShortageGone, Shorten(line.Title)));
        }
        text.Append("\n\n").Append(texts.ShortageFooter);
        return new MessageContent(text.ToString(), new InlineKeyboard([[new InlineButton(texts.BackToCartButton, Buttons.Cart)]]));
    }

    /// <summary>The alert staff get for a new order, kept up to date with its status and the buttons that fit it.</summary>
    public static MessageContent StaffAlert(OrderState order, OrderTexts texts, string? pickupAddress) =>
        new(StaffText(order, texts, pickupAddress, withHistory: false), StaffKeyboard(order, texts, withHistoryButton: true));

    /// <summary>One order for staff with its whole recent history (<c>/order 1042</c>, <c>/fulfill 1042</c>).</summary>
    public static MessageContent StaffDetail(OrderState order, OrderTexts texts, string? pickupAddress) =>
        new(StaffText(order, texts, pickupAddress, withHistory: true), StaffKeyboard(order, texts, withHistoryButton: false));

    /// <summary>The preset reasons for rejecting, a written one, or back to the order.</summary>
    public static MessageContent AskRejectReason(OrderState order, OrderTexts texts) =>
        new(string.Format(texts.AskRejectReason, order.Number), new InlineKeyboard([
            [new InlineButton(texts.ReasonOutOfStock, OrderButtons.Reject(order.CorrelationId, RejectReason.OutOfStock))],
            [new InlineButton(texts.ReasonCannotDeliver, OrderButtons.Reject(order.CorrelationId, RejectReason.CannotDeliver))],
            [new InlineButton(texts.ReasonUnreachable, OrderButtons.Reject(order.CorrelationId, RejectReason.Unreachable))],
            [new InlineButton(texts.ReasonWriteButton, OrderButtons.WriteReject(order.CorrelationId)),
             new InlineButton(texts.ReasonNoneButton, OrderButtons.Reject(order.CorrelationId, RejectReason.None))],
            [new InlineButton(texts.BackButton, OrderButtons.StaffView(order.CorrelationId))],
        ]));

    public static string? ReasonText(RejectReason reason, OrderTexts texts) => reason switch
    {
        RejectReason.OutOfStock => texts.ReasonOutOfStock,
        RejectReason.CannotDeliver => texts.ReasonCannotDeliver,
        RejectReason.Unreachable => texts.ReasonUnreachable,
        _ => null,
    };

    /// <summary>A page of open orders for staff, oldest first (the ones waiting longest come first).</summary>
    public static MessageContent StaffList(IReadOnlyList<OrderState> orders, int page, int total, OrderTexts texts)
    {
        if (total == 0) return new MessageContent(texts.NoOpenOrders);
        var text = new StringBuilder(string.Format(texts.OpenOrdersTitle, total));
        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var order in orders)
        {
            var line = ListLine(order, texts, order.CustomerName);
            text.Append('\n').Append(line);
            rows.Add([new InlineButton(Shorten(line), OrderButtons.StaffView(order.CorrelationId))]);
        }
        var paging = new List<InlineButton>();
        if (page > 0) paging.Add(new InlineButton(texts.PreviousButton, OrderButtons.StaffList(page - 1)));
        if ((page + 1) * PageSize < total) paging.Add(new InlineButton(texts.NextButton, OrderButtons.StaffList(page + 1)));
        if (paging.Count > 0) rows.Add(paging);
        return new MessageContent(text.ToString(), new InlineKeyboard(rows));
    }

    /// <summary>A customer's own orders, newest first.</summary>
    public static MessageContent CustomerList(IReadOnlyList<OrderState> orders, OrderTexts texts)
    {
        if (orders.Count == 0) return new MessageContent(texts.NoOrders, new InlineKeyboard([[new InlineButton("🏠", Buttons.Home)]]));
        var text = new StringBuilder(texts.MyOrdersTitle);
        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var order in orders)
        {
            var line = ListLine(order, texts, order.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            text.Append('\n').Append(line);
            rows.Add([new InlineButton(Shorten(line), OrderButtons.CustomerView(order.CorrelationId))]);
        }
        return new MessageContent(text.ToString(), new InlineKeyboard(rows));
    }

    /// <summary>"Order #1042: accepted." — the toast for the press that moved an order on.</summary>
    public static string Done(OrderState order, OrderTexts texts) => string.Format(texts.ActionDone, order.Number, texts.Status(order.CurrentState));

    /// <summary>Why a press changed nothing: who got there first, or that the order is past that point.</summary>
    public static string Refused(OrderState order, OrderTexts texts) =>
        order.HandledBy is { } by
            ? string.Format(texts.ActionRefusedBy, order.Number, texts.Status(order.CurrentState), by)
            : string.Format(texts.ActionRefused, order.Number, texts.Status(order.CurrentState));

    static string StaffText(OrderState order, OrderTexts texts, string? pickupAddress, bool withHistory)
    {
        var text = new StringBuilder();
        text.AppendFormat(texts.NewOrderAlert, order.Number).Append('\n');
        var who = order.CustomerUsername is { } username ? $"{order.CustomerName} (@{username}, id {order.CustomerId})" : $"{order.CustomerName} (id {order.CustomerId})";
        text.AppendFormat(texts.CustomerLine, who).Append('\n');
        AppendLines(text, order, texts);
        AppendContact(text, order, texts, pickupAddress);
        text.Append('\n').AppendFormat(texts.StatusLine, texts.Status(order.CurrentState));
        if (order.HandledBy is { } by) text.Append('\n').AppendFormat(texts.HandledByLine, by);
        if (order.CurrentState == OrderStatus.Cancelled && order.Reason is { } reason) text.Append('\n').AppendFormat(texts.ReasonLine, reason);
        if (withHistory && order.History.Count > 0)
        {
            text.Append("\n\n").Append(texts.HistoryTitle);
            foreach (var change in order.History.TakeLast(MaxHistoryLines))
            {
                var by2 = change.ByName ?? texts.HistoryBySystem;
                text.Append('\n').AppendFormat(CultureInfo.InvariantCulture, texts.HistoryLine, change.At.UtcDateTime,
                    texts.Status(change.From), texts.Status(change.To), by2);
                if (change.Reason is { } why) text.Append(" (").Append(why).Append(')');
            }
        }
        return text.ToString();
    }

    static InlineKeyboard StaffKeyboard(OrderState order, OrderTexts texts, bool withHistoryButton)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        var actions = OrderRules.StaffActions(order.CurrentState, order.Delivery);
        var forward = actions.Where(a => a != OrderAction.Reject)
            .Select(a => new InlineButton(ActionLabel(a, texts), OrderButtons.Act(order.CorrelationId, a))).ToList();
        if (actions.Contains(OrderAction.Reject))
            forward.Add(new InlineButton(order.CurrentState == OrderStatus.Placed ? texts.RejectButton : texts.CancelAcceptedButton,
                OrderButtons.AskReject(order.CorrelationId)));
        if (forward.Count > 0) rows.Add(forward);
        rows.Add(withHistoryButton
            ? [new InlineButton(texts.HistoryButton, OrderButtons.StaffView(order.CorrelationId))]
            : [new InlineButton(texts.OrdersButton, OrderButtons.StaffList(0))]);
        return new InlineKeyboard(rows);
    }

    static string ActionLabel(OrderAction action, OrderTexts texts) => action switch
    {
        OrderAction.Accept => texts.AcceptButton,
        OrderAction.MarkShipped => texts.ShippedButton,
        OrderAction.MarkReadyForPickup => texts.ReadyButton,
        OrderAction.MarkDelivered => texts.DeliveredButton,
        _ => texts.RejectButton,
    };

    static void AppendLines(StringBuilder text, OrderState order, OrderTexts texts)
    {
        foreach (var line in order.Lines)
        {
            text.Append('\n').AppendFormat(texts.LineFormat, line.Quantity, Shorten(line.Title),
                Money.Format(line.UnitPriceMinor * line.Quantity, order.Currency, texts.Language));
        }
        var units = order.Lines.Sum(line => line.Quantity);
        text.Append("\n\n").AppendFormat(texts.TotalLine, Money.Format(order.TotalMinor, order.Currency, texts.Language), texts.Items(units));
    }

    static void AppendContact(StringBuilder text, OrderState order, OrderTexts texts, string? pickupAddress)
    {
        text.Append('\n').AppendFormat(texts.ContactLine, order.ContactName);
        text.Append('\n').AppendFormat(texts.PhoneLine, order.Phone);
        text.Append('\n').Append(order.Delivery == DeliveryMethod.Delivery
            ? string.Format(texts.DeliveryLine, order.Address)
            : string.Format(texts.PickupLine, string.IsNullOrWhiteSpace(pickupAddress) ? "" : $": {pickupAddress}"));
        if (!string.IsNullOrWhiteSpace(order.Comment)) text.Append('\n').AppendFormat(texts.CommentLine, order.Comment);
    }

    static string ListLine(OrderState order, OrderTexts texts, string who) =>
        string.Format(texts.ListLine, order.Number, Shorten(who), Money.Format(order.TotalMinor, order.Currency, texts.Language),
            texts.Status(order.CurrentState));

    static string Shorten(string text) => text.Length <= MaxTitleLength ? text : text[..(MaxTitleLength - 1)] + "…";
}
