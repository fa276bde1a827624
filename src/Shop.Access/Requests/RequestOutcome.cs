namespace Shop.Access.Requests;

/// <summary>What a <c>/request</c> comes to, given where the user stands.</summary>
public enum RequestOutcome
{
    /// <summary>A new request is filed (a first one, an appeal after the wait, or again after expiry or revocation).</summary>
    File,
    /// <summary>One is already waiting; nothing is filed.</summary>
    AlreadyPending,
    /// <summary>The user already has access.</summary>
    AlreadyAllowed,
    /// <summary>Rejected, and the appeal wait is not over.</summary>
    TooEarly,
}
