using System.Globalization;
using Shop.Contracts.Access;

namespace Shop.Access.Requests;

/// <summary>Who may do what with access, in one place the saga, the consumers and the tests share.</summary>
public static class AccessRules
{
    /// <summary>The longest message a user may send with <c>/request</c>; longer ones are refused, not cut.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>The longest reason staff may give when rejecting.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>The state a decision leads to from <paramref name="state"/>, or null when it does not apply there.</summary>
    public static string? Target(string? state, AccessDecision decision) => (AccessStatus.Of(state), decision) switch
    {
        (AccessStatus.Pending, AccessDecision.Approve) => AccessStatus.Approved,
        (AccessStatus.Pending, AccessDecision.Reject) => AccessStatus.Rejected,
        (AccessStatus.Approved, AccessDecision.Revoke) => AccessStatus.Revoked,
        (AccessStatus.Initial or AccessStatus.Rejected or AccessStatus.Expired or AccessStatus.Revoked, AccessDecision.Grant) => AccessStatus.Approved,
        _ => null,
    };

    /// <summary>Whether a decision applies to the user now: by an owner, fitting the state, and about the current request.</summary>
    public static bool Fits(AccessState user, DecideAccess decision, IReadOnlySet<long> owners) =>
        owners.Contains(decision.ByUserId)
        && Target(user.CurrentState, decision.Decision) is not null
        && (decision.RequestNumber is null || decision.RequestNumber == user.RequestNumber);

    public static RequestOutcome OnRequest(AccessState user, DateTimeOffset now, TimeSpan appealWait) => AccessStatus.Of(user.CurrentState) switch
    {
        AccessStatus.Pending => RequestOutcome.AlreadyPending,
        AccessStatus.Approved => RequestOutcome.AlreadyAllowed,
        AccessStatus.Rejected when now < AppealFrom(user, appealWait) => RequestOutcome.TooEarly,
        _ => RequestOutcome.File,
    };

    /// <summary>When a rejected user may ask again.</summary>
    public static DateTimeOffset AppealFrom(AccessState user, TimeSpan appealWait) =>
        (user.LastRejectedAt ?? DateTimeOffset.MinValue) + appealWait;

    /// <summary>Whether a user may use the shop: everyone when it is open, otherwise owners and approved users.</summary>
    public static bool HasAccess(AccessMode mode, bool isOwner, string? state) =>
        mode == AccessMode.Open || isOwner || state == AccessStatus.Approved;

    /// <summary>The message of <c>/request</c>: trimmed, null when empty.</summary>
    public static string? CleanMessage(string arguments) => arguments.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>A Telegram user id as typed after <c>/grant</c> or <c>/revoke</c>: digits only, positive.</summary>
    public static bool TryParseUserId(string text, out long userId) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out userId) && userId > 0;
}
