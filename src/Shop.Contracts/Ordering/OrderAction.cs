namespace Shop.Contracts.Ordering;

/// <summary>What someone asks to do with an order.</summary>
public enum OrderAction
{
    Accept,
    Reject,
    MarkShipped,
    MarkReadyForPickup,
    MarkDelivered,
    CancelByCustomer,
}
