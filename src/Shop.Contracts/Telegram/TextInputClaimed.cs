namespace Shop.Contracts.Telegram;

/// <summary>
/// A worker now waits for this user's next text (a search, a checkout step, a reason). The others drop what they were
/// waiting for from the user, so one text is never taken by two, and only the claiming worker answers <c>/cancel</c>.
/// </summary>
public sealed record TextInputClaimed(long UserId, string Worker, DateTimeOffset ClaimedAt);
