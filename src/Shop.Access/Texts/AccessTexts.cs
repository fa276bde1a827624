namespace Shop.Access.Texts;

/// <summary>
/// Every string the Access worker says to users and staff. English only for now: <see cref="For"/> is where another
/// language would be chosen, as the Ordering texts do.
/// </summary>
public sealed record AccessTexts
{
    public required string Pending { get; init; }
    public required string AlreadyPending { get; init; }
    public required string AlreadyAllowed { get; init; }
    public required string OpenShop { get; init; }
    public required string TooEarly { get; init; }
    public required string TooLong { get; init; }
    public required string Welcome { get; init; }
    public required string Rejected { get; init; }
    public required string RejectedReason { get; init; }
    public required string AppealFrom { get; init; }
    public required string Expired { get; init; }
    public required string Revoked { get; init; }
    public required string AlertTitle { get; init; }
    public required string AlertFrom { get; init; }
    public required string AlertMessage { get; init; }
    public required string AlertNoMessage { get; init; }
    public required string AlertAsked { get; init; }
    public required string AlertAppeal { get; init; }
    public required string StatusPending { get; init; }
    public required string StatusApproved { get; init; }
    public required string StatusRejected { get; init; }
    public required string StatusExpired { get; init; }
    public required string StatusRevoked { get; init; }
    public required string StatusReason { get; init; }
    public required string ApproveButton { get; init; }
    public required string RejectButton { get; init; }
    public required string NoReasonButton { get; init; }
    public required string AskReason { get; init; }
    public required string ReasonTooLong { get; init; }
    public required string RejectCancelled { get; init; }
    public required string StaffOnly { get; init; }
    public required string InvalidButton { get; init; }
    public required string AlreadyDecided { get; init; }
    public required string NotWaiting { get; init; }
    public required string DoneApproved { get; init; }
    public required string DoneRejected { get; init; }
    public required string DoneGranted { get; init; }
    public required string DoneRevoked { get; init; }
    public required string UserIdUsage { get; init; }
    public required string UnknownUser { get; init; }
    public required string NothingToRevoke { get; init; }
    public required string AlreadyHasAccess { get; init; }
    public required string ModeIs { get; init; }
    public required string ModeOpen { get; init; }
    public required string ModeApproval { get; init; }
    public required string ModeChanged { get; init; }
    public required string ModeUsage { get; init; }
    public required string RequestsTitle { get; init; }
    public required string NoRequests { get; init; }
    public required string RequestLine { get; init; }
    public required string BackButton { get; init; }
    public required string MoreButton { get; init; }
    public required string DateFormat { get; init; }

    public static AccessTexts For(string? languageCode) => English;

    public static readonly AccessTexts English = new()
    {
        Pending = "✉️ Your request was sent to the shop's owners. You will hear back in this chat.",
        AlreadyPending = "⏳ You already asked on {0}; your request is waiting for the owners. Nothing new was sent.",
        AlreadyAllowed = "✅ You already have access. Send /start to open the shop.",
        OpenShop = "✅ The shop is open to everyone: no need to ask. Send /start to open it.",
        TooEarly = "Your last request was declined. You can ask again from {0}.",
        TooLong = "Your message is {0} characters long; please keep it to {1}. Nothing was sent.",
        Welcome = "🎉 Welcome! You now have access to the shop. Send /start to open it.",
        Rejected = "😔 Your request for access was declined.",
        RejectedReason = "Reason: {0}",
        AppealFrom = "You can ask again from {0}.",
        Expired = "⌛ Nobody answered your request in time. You can ask again with /request.",
        Revoked = "🔒 Your access to the shop was withdrawn.",
        AlertTitle = "🔔 Access request",
        AlertFrom = "From: {0}{1} · id {2}",
        AlertMessage = "Message: {0}",
        AlertNoMessage = "No message.",
        AlertAsked = "Asked: {0}",
        AlertAppeal = "Appeal #{0} after a rejection.",
        StatusPending = "Status: waiting for a decision",
        StatusApproved = "Status: ✅ approved by {0} on {1}",
        StatusRejected = "Status: ❌ rejected by {0} on {1}",
        StatusExpired = "Status: ⌛ expired on {0}",
        StatusRevoked = "Status: access revoked by {0} on {1}",
        StatusReason = "Reason: {0}",
        ApproveButton = "✅ Approve",
        RejectButton = "❌ Reject",
        NoReasonButton = "No reason",
        AskReason = "Write why you reject the request of {0} (up to {1} characters), or press “No reason”. /cancel leaves it waiting.",
        ReasonTooLong = "That reason is too long; keep it to {0} characters, or press “No reason”.",
        RejectCancelled = "The request of {0} is still waiting for a decision.",
        StaffOnly = "Only the shop's owners can do that.",
        InvalidButton = "This button is not valid.",
        AlreadyDecided = "Already decided: {0} by {1}.",
        NotWaiting = "This request is no longer waiting for a decision.",
        DoneApproved = "Approved: {0} now has access.",
        DoneRejected = "Rejected: {0} was told.",
        DoneGranted = "Access granted to {0}.",
        DoneRevoked = "Access revoked from {0}.",
        UserIdUsage = "Usage: /{0} <user id>, e.g. /{0} 123456789",
        UnknownUser = "No user {0} has asked for or had access.",
        NothingToRevoke = "User {0} has no access to revoke.",
        AlreadyHasAccess = "User {0} already has access.",
        ModeIs = "Access mode: {0}.\nSwitch with /accessmode open or /accessmode approval.",
        ModeOpen = "open (everyone may shop)",
        ModeApproval = "approval required (only owners and approved users may shop)",
        ModeChanged = "Access mode is now {0}.",
        ModeUsage = "Usage: /accessmode, /accessmode open or /accessmode approval",
        RequestsTitle = "Access requests waiting ({0}):",
        NoRequests = "No access requests are waiting.",
        RequestLine = "• {0}{1} · id {2} · {3}",
        BackButton = "‹ Back",
        MoreButton = "More ›",
        DateFormat = "d MMM yyyy",
    };
}
