namespace Shop.Contracts.Ordering;

/// <summary>
/// A member of staff (or, to cancel, the customer) asks to move an order on. The saga decides: the first action that fits the
/// order's status wins and the rest are told who was first. <paramref name="CallbackQueryId"/> is the press to answer, if any.
/// </summary>
public sealed record ChangeOrderStatus(
    Guid OrderId, OrderAction Action, long ByUserId, string ByName, string? Reason, string? CallbackQueryId, DateTimeOffset RequestedAt);
