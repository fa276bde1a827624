using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Orders;

/// <summary>
/// Everything an order's change makes the shop say, to the customer, to staff and to other workers, as a list of messages:
/// pure, so tests can check the saga's effects without a bus.
/// </summary>
public sealed record OrderNotices(IReadOnlyList<long> StaffChats, IReadOnlySet<long> Staff, string? PickupAddress, OrderTexts StaffTexts)
{
    /// <summary>The order is placed: the Cart empties it, the customer gets the receipt, every staff chat an alert.</summary>
    public IReadOnlyList<object> Placed(OrderState order)
    {
        var customer = OrderTexts.For(order.Language);
        var messages = new List<object>
        {
            new OrderPlaced(order.CorrelationId, order.Number, order.CustomerId, order.Currency, order.TotalMinor, order.Lines, order.PlacedAt!.Value),
            Changed(order),
            new SendChatMessage(order.ChatId, OrderViews.Receipt(order, customer)),
        };
        messages.AddRange(order.AlertChats.Select(chat =>
            new SendChatMessage(chat, OrderViews.StaffAlert(order, StaffTexts, PickupAddress), OrderViews.Tag(order.CorrelationId))));
        return messages;
    }

    /// <summary>The stock was short: the customer is told what changed; nothing else happened.</summary>
    public IReadOnlyList<object> NotPlaced(OrderState order, StockShortage shortage) =>
        [new SendChatMessage(order.ChatId, OrderViews.Shortage(shortage.Shortfalls, OrderTexts.For(order.Language)))];

    /// <summary>The order moved on: the customer is told, every staff alert updated, the press answered, stock released if cancelled.</summary>
    public IReadOnlyList<object> Moved(OrderState order, string? callbackQueryId)
    {
        var change = order.History[^1];
        var messages = new List<object>
        {
            Changed(order),
            new SendChatMessage(order.ChatId, OrderViews.CustomerUpdate(order, OrderTexts.For(order.Language), change, PickupAddress)),
        };
        if (change.To == OrderStatus.Cancelled && OrderRules.HoldsStock(change.From)) messages.Add(new ReleaseStock(order.CorrelationId));
        messages.AddRange(order.AlertChats.Select(chat =>
            new EditTaggedMessage(chat, OrderViews.Tag(order.CorrelationId), OrderViews.StaffAlert(order, StaffTexts, PickupAddress))));
        if (callbackQueryId is not null)
        {
            var texts = change.ByUserId == order.CustomerId ? OrderTexts.For(order.Language) : StaffTexts;
            messages.Add(new AnswerButtonPress(callbackQueryId, OrderViews.Done(order, texts)));
        }
        else if (change.ByUserId is { } by && by != order.CustomerId)
        {
            // A reason written as text has no press to answer: the member of staff is told in their chat.
            messages.Add(new SendChatMessage(by, new MessageContent(OrderViews.Done(order, StaffTexts))));
        }
        return messages;
    }

    /// <summary>A request that does not fit the order now (someone was first, or it is past that point) changes nothing and says why.</summary>
    public IReadOnlyList<object> Refused(OrderState order, ChangeOrderStatus request)
    {
        var texts = request.Action == OrderAction.CancelByCustomer ? OrderTexts.For(order.Language) : StaffTexts;
        var text = OrderRules.MayAct(order, request.Action, request.ByUserId, Staff) ? OrderViews.Refused(order, texts) : texts.StaffOnly;
        return request.CallbackQueryId is { } press
            ? [new AnswerButtonPress(press, text, ShowAlert: true)]
            : [new SendChatMessage(request.ByUserId, new MessageContent(text))];
    }

    static OrderStatusChanged Changed(OrderState order)
    {
        var change = order.History[^1];
        return new OrderStatusChanged(order.CorrelationId, order.Number, order.CustomerId, change.From, change.To, change.ByUserId, change.ByName,
            change.Reason, change.At);
    }
}
