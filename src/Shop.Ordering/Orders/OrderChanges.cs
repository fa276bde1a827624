using Shop.Contracts.Ordering;

namespace Shop.Ordering.Orders;

/// <summary>The changes the saga makes to an order's state, kept out of the machine so tests can call them directly.</summary>
public static class OrderChanges
{
    /// <summary>The longest reason kept (the column's size); staff are told the limit when they write one.</summary>
    public const int MaxReasonLength = 1000;

    public static void Submit(OrderState order, SubmitOrder submit)
    {
        order.Number = submit.Number;
        order.CustomerId = submit.CustomerId;
        order.ChatId = submit.ChatId;
        order.CustomerName = submit.CustomerName;
        order.CustomerUsername = submit.CustomerUsername;
        order.Language = submit.Language;
        order.Currency = submit.Currency;
        order.Lines = submit.Lines.ToList();
        order.TotalMinor = OrderRules.Total(submit.Lines);
        order.ContactName = submit.Contact.Name;
        order.Phone = submit.Contact.Phone;
        order.Delivery = submit.Contact.Delivery;
        order.Address = submit.Contact.Delivery == DeliveryMethod.Delivery ? submit.Contact.Address : null;
        order.Comment = submit.Contact.Comment;
        order.SubmittedAt = submit.SubmittedAt;
        order.UpdatedAt = submit.SubmittedAt;
    }

    /// <summary>Records a change of status in the audit trail (call before the transition: the current status is the "from").</summary>
    public static void Record(OrderState order, string to, long? byUserId, string? byName, string? reason, DateTimeOffset at, bool byStaff)
    {
        var from = string.IsNullOrEmpty(order.CurrentState) || order.CurrentState == "Initial" ? OrderStatus.Reserving : order.CurrentState;
        order.History.Add(new OrderTransition(from, to, byUserId, byName, reason, at));
        order.UpdatedAt = at;
        if (byStaff) order.HandledBy = byName;
        if (to is OrderStatus.Cancelled or OrderStatus.NotPlaced) order.Reason = reason is { Length: > MaxReasonLength } ? reason[..MaxReasonLength] : reason;
    }

    public static void Place(OrderState order, IReadOnlyList<long> staffChats, DateTimeOffset at)
    {
        Record(order, OrderStatus.Placed, null, null, null, at, byStaff: false);
        order.PlacedAt = at;
        order.AlertChats = staffChats.ToList();
    }

    public static void Refuse(OrderState order, StockShortage shortage) =>
        Record(order, OrderStatus.NotPlaced, null, null,
            string.Join("; ", shortage.Shortfalls.Select(s => $"{s.Title}: {s.Available}/{s.Requested}")), shortage.CheckedAt, byStaff: false);
}
