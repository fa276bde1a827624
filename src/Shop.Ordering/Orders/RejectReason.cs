namespace Shop.Ordering.Orders;

/// <summary>The preset reasons staff can give with one press; anything else is written.</summary>
public enum RejectReason
{
    None,
    OutOfStock,
    CannotDeliver,
    Unreachable,
}
