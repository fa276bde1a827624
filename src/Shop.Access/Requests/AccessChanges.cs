using Shop.Contracts.Access;

namespace Shop.Access.Requests;

/// <summary>The changes the saga makes to a user's state, kept out of the machine so tests can call them directly.</summary>
public static class AccessChanges
{
    /// <summary>Files a request (call while still in the old state: it is the audit's "from").</summary>
    public static void File(AccessState user, RequestAccess request, IReadOnlyList<long> staffChats)
    {
        if (AccessStatus.Of(user.CurrentState) == AccessStatus.Rejected) user.AppealCount++;
        user.UserId = request.UserId;
        user.ChatId = request.ChatId;
        user.Name = DisplayName(request.From);
        user.Username = request.From.Username;
        user.Language = request.From.LanguageCode;
        user.RequestNumber++;
        user.Message = request.Message;
        user.RequestedAt = request.RequestedAt;
        user.ReviewedBy = null;
        user.ReviewedByName = null;
        user.ReviewedAt = null;
        user.Reason = null;
        user.AlertChats = staffChats.ToList();
        Record(user, AccessStatus.Pending, request.UserId, user.Name, null, request.RequestedAt);
    }

    /// <summary>Applies an owner's decision: who and when are kept on the user, and in the audit with the reason.</summary>
    public static void Decide(AccessState user, DecideAccess decision, string to)
    {
        if (user.UserId == 0)
        {
            // Granted before ever asking: all the shop knows is the id (a private chat's id is the user's).
            user.UserId = decision.UserId;
            user.ChatId = decision.UserId;
        }
        var reason = decision.Reason is { Length: > AccessRules.MaxReasonLength } long_ ? long_[..AccessRules.MaxReasonLength] : decision.Reason;
        Record(user, to, decision.ByUserId, decision.ByName, reason, decision.At);
        user.ReviewedBy = decision.ByUserId;
        user.ReviewedByName = decision.ByName;
        user.ReviewedAt = decision.At;
        user.Reason = to is AccessStatus.Rejected or AccessStatus.Revoked ? reason : null;
        if (to == AccessStatus.Rejected) user.LastRejectedAt = decision.At;
    }

    public static void Expire(AccessState user, DateTimeOffset at) => Record(user, AccessStatus.Expired, null, null, null, at);

    /// <summary>Adds a line to the audit trail (inserted with the saga's row, in its transaction).</summary>
    public static void Record(AccessState user, string to, long? byUserId, string? byName, string? reason, DateTimeOffset at)
    {
        user.Audit.Add(new AccessAuditEntry
        {
            AccessId = user.CorrelationId,
            UserId = user.UserId,
            FromState = AccessStatus.Of(user.CurrentState),
            ToState = to,
            ByUserId = byUserId,
            ByName = byName,
            Reason = reason,
            At = at,
        });
        user.UpdatedAt = at;
    }

    public static string DisplayName(Shop.Contracts.Telegram.TelegramUser user) =>
        user.LastName is { Length: > 0 } last ? $"{user.FirstName} {last}" : user.FirstName;
}
