namespace Shop.Access.Requests;

/// <summary>What an access button asks for.</summary>
public enum AccessPressKind
{
    /// <summary>Approve a request.</summary>
    Approve,
    /// <summary>Reject a request: asks for a reason first.</summary>
    AskReject,
    /// <summary>Reject a request without a reason.</summary>
    RejectWithoutReason,
    /// <summary>A page of waiting requests.</summary>
    List,
}
