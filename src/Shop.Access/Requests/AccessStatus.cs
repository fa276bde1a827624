namespace Shop.Access.Requests;

/// <summary>The names of the saga's states, as stored in <c>access.users.state</c>.</summary>
public static class AccessStatus
{
    public const string Initial = "Initial";
    public const string Pending = "Pending";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Expired = "Expired";
    public const string Revoked = "Revoked";

    /// <summary>A saga that is being created has no state yet; it counts as Initial.</summary>
    public static string Of(string? state) => string.IsNullOrEmpty(state) ? Initial : state;
}
