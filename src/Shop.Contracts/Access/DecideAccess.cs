namespace Shop.Contracts.Access;

/// <summary>
/// An owner's decision about <paramref name="UserId"/>. <paramref name="RequestNumber"/> names the request an Approve or
/// Reject answers (a button of an older request must not decide a newer one); <paramref name="CallbackQueryId"/> is the
/// press to answer, null when the decision came as a command or a written reason.
/// </summary>
public sealed record DecideAccess(
    long UserId, AccessDecision Decision, int? RequestNumber, long ByUserId, string ByName, string? Reason, string? CallbackQueryId,
    long ReplyChatId, DateTimeOffset At);
