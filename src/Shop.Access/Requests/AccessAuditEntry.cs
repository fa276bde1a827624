namespace Shop.Access.Requests;

/// <summary>
/// One decision about a user in <c>access.access_audit</c>: from which state to which, who (null when the shop itself acted,
/// as on expiry), when and why.
/// </summary>
public sealed class AccessAuditEntry
{
    public Guid Id { get; set; }

    public Guid AccessId { get; set; }

    public long UserId { get; set; }

    public string FromState { get; set; } = "";

    public string ToState { get; set; } = "";

    public long? ByUserId { get; set; }

    public string? ByName { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }
}
