using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Shop.Contracts.Ordering;
using Shop.Storefront;

namespace Shop.Ordering.Orders;

/// <summary>
/// The callback data of order buttons (<c>o:</c>, except checkout's <c>o:co:</c>) and their strict reading: anything that is
/// not exactly one of these forms is refused. Who may press them is checked by the consumer and again by the saga.
/// </summary>
public static class OrderButtons
{
    public const string Prefix = "o:";
    public const string CheckoutPrefix = Buttons.CheckoutPrefix;
    public const string MyOrders = "o:myl";

    /// <summary>The most pages a list can be paged to; a forged page beyond it is refused.</summary>
    public const int MaxPage = 10_000;

    public static string Act(Guid orderId, OrderAction action) => $"o:{ActionCode(action)}:{orderId:N}";

    public static string AskReject(Guid orderId) => $"o:rej:{orderId:N}";

    public static string Reject(Guid orderId, RejectReason reason) => $"o:rr:{orderId:N}:{ReasonCode(reason)}";

    public static string WriteReject(Guid orderId) => $"o:rw:{orderId:N}";

    public static string StaffView(Guid orderId) => $"o:v:{orderId:N}";

    public static string StaffList(int page) => $"o:ls:{page}";

    public static string CustomerView(Guid orderId) => $"o:my:{orderId:N}";

    public static string AskCancel(Guid orderId) => $"o:cx:{orderId:N}";

    public static string Cancel(Guid orderId) => $"o:cxy:{orderId:N}";

    public static bool TryParse(string data, [NotNullWhen(true)] out OrderPress? press)
    {
        press = data.Split(':') switch
        {
            ["o", "acc", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.Act, orderId, OrderAction.Accept),
            ["o", "shp", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.Act, orderId, OrderAction.MarkShipped),
            ["o", "rdy", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.Act, orderId, OrderAction.MarkReadyForPickup),
            ["o", "dlv", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.Act, orderId, OrderAction.MarkDelivered),
            ["o", "rej", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.AskRejectReason, orderId),
            ["o", "rr", var id, var code] when TryId(id, out var orderId) && TryReason(code, out var reason) =>
                new OrderPress(OrderPressKind.RejectWithReason, orderId, OrderAction.Reject, reason),
            ["o", "rw", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.WriteRejectReason, orderId),
            ["o", "v", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.StaffView, orderId),
            ["o", "ls", var page] when TryPage(page, out var number) => new OrderPress(OrderPressKind.StaffList, Page: number),
            ["o", "my", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.CustomerView, orderId),
            ["o", "myl"] => new OrderPress(OrderPressKind.CustomerList),
            ["o", "cx", var id] when TryId(id, out var orderId) => new OrderPress(OrderPressKind.AskCancel, orderId),
            ["o", "cxy", var id] when TryId(id, out var orderId) =>
                new OrderPress(OrderPressKind.Cancel, orderId, OrderAction.CancelByCustomer),
            _ => null,
        };
        return press is not null;
    }

    static string ActionCode(OrderAction action) => action switch
    {
        OrderAction.Accept => "acc",
        OrderAction.MarkShipped => "shp",
        OrderAction.MarkReadyForPickup => "rdy",
        OrderAction.MarkDelivered => "dlv",
        OrderAction.Reject => "rej",
        OrderAction.CancelByCustomer => "cx",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    static string ReasonCode(RejectReason reason) => reason switch
    {
        RejectReason.OutOfStock => "stock",
        RejectReason.CannotDeliver => "area",
        RejectReason.Unreachable => "reach",
        _ => "none",
    };

    static bool TryReason(string code, out RejectReason reason)
    {
        reason = code switch
        {
            "stock" => RejectReason.OutOfStock,
            "area" => RejectReason.CannotDeliver,
            "reach" => RejectReason.Unreachable,
            "none" => RejectReason.None,
            _ => (RejectReason)(-1),
        };
        return reason >= 0;
    }

    static bool TryId(string text, out Guid id) => Guid.TryParseExact(text, "N", out id) && id != Guid.Empty;

    static bool TryPage(string text, out int page) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page <= MaxPage;
}
