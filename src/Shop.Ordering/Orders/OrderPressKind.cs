namespace Shop.Ordering.Orders;

/// <summary>What an order button (not a checkout one) asks for.</summary>
public enum OrderPressKind
{
    /// <summary>Staff: accept, ship, ready, delivered (the action is in <see cref="OrderPress.Action"/>).</summary>
    Act,
    /// <summary>Staff: reject; asks for a reason first.</summary>
    AskRejectReason,
    /// <summary>Staff: reject with one of the preset reasons.</summary>
    RejectWithReason,
    /// <summary>Staff: reject, and the next text is the reason.</summary>
    WriteRejectReason,
    /// <summary>Staff: one order with its actions and history.</summary>
    StaffView,
    /// <summary>Staff: a page of open orders.</summary>
    StaffList,
    /// <summary>Customer: one of their orders.</summary>
    CustomerView,
    /// <summary>Customer: their orders.</summary>
    CustomerList,
    /// <summary>Customer: asks to cancel (confirmation shown).</summary>
    AskCancel,
    /// <summary>Customer: cancel confirmed.</summary>
    Cancel,
}
