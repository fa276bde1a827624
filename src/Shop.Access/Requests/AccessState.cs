using MassTransit;

namespace Shop.Access.Requests;

/// <summary>One user's standing with a private shop: their latest request, its decision, and every change in the audit trail.</summary>
public sealed class AccessState : SagaStateMachineInstance
{
    /// <summary>Derived from the user id (<see cref="AccessIds.For"/>), so every message about a user finds the one saga.</summary>
    public Guid CorrelationId { get; set; }

    public string CurrentState { get; set; } = "";

    public long UserId { get; set; }

    public long ChatId { get; set; }

    public string Name { get; set; } = "";

    public string? Username { get; set; }

    public string? Language { get; set; }

    /// <summary>Counts the user's requests; buttons carry it, so a button of an older request cannot decide a newer one.</summary>
    public int RequestNumber { get; set; }

    /// <summary>What the user wrote with their latest request.</summary>
    public string? Message { get; set; }

    public DateTimeOffset? RequestedAt { get; set; }

    public long? ReviewedBy { get; set; }

    public string? ReviewedByName { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Why the latest request was rejected (or access revoked), as the owner wrote it.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset? LastRejectedAt { get; set; }

    /// <summary>How many requests came after a rejection.</summary>
    public int AppealCount { get; set; }

    /// <summary>The staff chats alerted about the latest request; each alert is updated when it is decided.</summary>
    public List<long> AlertChats { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? ExpiryTokenId { get; set; }

    /// <summary>
    /// New entries only: the trail lives in its own table and is not loaded with the saga; what is added here is inserted
    /// in the saga's transaction.
    /// </summary>
    public List<AccessAuditEntry> Audit { get; set; } = [];
}
