using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;

namespace Shop.Access.Requests;

/// <summary>
/// Everything a change of a user's access makes the shop say, to the user, to staff and to the gates, as a list of
/// messages: pure, so tests can check the saga's effects without a bus.
/// </summary>
public sealed record AccessNotices(IReadOnlyList<long> StaffChats, IReadOnlySet<long> Owners, TimeSpan AppealWait, AccessTexts Staff)
{
    /// <summary>A request was filed: the user is told it waits, every staff chat gets an alert with the buttons.</summary>
    public IReadOnlyList<object> Filed(AccessState user)
    {
        var messages = new List<object> { new SendChatMessage(user.ChatId, new MessageContent(AccessTexts.For(user.Language).Pending)) };
        messages.AddRange(user.AlertChats.Select(chat =>
            new SendChatMessage(chat, AccessViews.StaffAlert(user, Staff), AccessViews.Tag(user.UserId, user.RequestNumber))));
        return messages;
    }

    /// <summary>A request that files nothing says why.</summary>
    public IReadOnlyList<object> NotFiled(AccessState user, RequestAccess request, RequestOutcome outcome)
    {
        var texts = AccessTexts.For(request.From.LanguageCode);
        var text = outcome switch
        {
            RequestOutcome.AlreadyPending => string.Format(texts.AlreadyPending, AccessViews.Date(user.RequestedAt ?? request.RequestedAt, texts)),
            RequestOutcome.TooEarly => string.Format(texts.TooEarly, AccessViews.Date(AccessRules.AppealFrom(user, AppealWait), texts)),
            _ => texts.AlreadyAllowed,
        };
        return [new SendChatMessage(request.ChatId, new MessageContent(text))];
    }

    /// <summary>A decision was applied: the user and the gates are told, every alert of the request updated, the owner answered.</summary>
    public IReadOnlyList<object> Decided(AccessState user, DecideAccess decision)
    {
        var change = user.Audit[^1];
        var texts = AccessTexts.For(user.Language);
        var messages = new List<object>();
        switch (change.ToState)
        {
            case AccessStatus.Approved:
                messages.Add(new AccessGranted(user.UserId, decision.ByUserId, decision.At));
                messages.Add(new SendChatMessage(user.ChatId, new MessageContent(texts.Welcome)));
                break;
            case AccessStatus.Rejected:
                messages.Add(new SendChatMessage(user.ChatId, AccessViews.RejectedNotice(user, texts, AccessRules.AppealFrom(user, AppealWait))));
                break;
            case AccessStatus.Revoked:
                messages.Add(new AccessRevoked(user.UserId, decision.ByUserId, decision.At));
                messages.Add(new SendChatMessage(user.ChatId, new MessageContent(texts.Revoked)));
                break;
        }
        if (change.FromState == AccessStatus.Pending) messages.AddRange(UpdatedAlerts(user));
        var done = string.Format(change.ToState switch
        {
            AccessStatus.Approved when change.FromState == AccessStatus.Pending => Staff.DoneApproved,
            AccessStatus.Approved => Staff.DoneGranted,
            AccessStatus.Rejected => Staff.DoneRejected,
            _ => Staff.DoneRevoked,
        }, AccessViews.Who(user));
        messages.Add(Answer(decision, done, alert: false));
        return messages;
    }

    /// <summary>Nobody decided in time: the user may ask again, and the alerts say it lapsed.</summary>
    public IReadOnlyList<object> Expired(AccessState user)
    {
        var messages = new List<object> { new SendChatMessage(user.ChatId, new MessageContent(AccessTexts.For(user.Language).Expired)) };
        messages.AddRange(UpdatedAlerts(user));
        return messages;
    }

    /// <summary>A decision that does not apply (not an owner, someone decided first, an old button) changes nothing and says why.</summary>
    public IReadOnlyList<object> Refused(AccessState user, DecideAccess decision)
    {
        var state = AccessStatus.Of(user.CurrentState);
        var text = decision.Decision switch
        {
            _ when !Owners.Contains(decision.ByUserId) => Staff.StaffOnly,
            AccessDecision.Approve or AccessDecision.Reject when user.ReviewedByName is { } by && decision.RequestNumber == user.RequestNumber
                && state is AccessStatus.Approved or AccessStatus.Rejected or AccessStatus.Revoked =>
                string.Format(Staff.AlreadyDecided, state.ToLowerInvariant(), by),
            AccessDecision.Approve or AccessDecision.Reject => Staff.NotWaiting,
            AccessDecision.Grant => string.Format(Staff.AlreadyHasAccess, decision.UserId),
            _ => string.Format(Staff.NothingToRevoke, decision.UserId),
        };
        return [Answer(decision, text, alert: true)];
    }

    IEnumerable<object> UpdatedAlerts(AccessState user) => user.AlertChats.Select(chat =>
        new EditTaggedMessage(chat, AccessViews.Tag(user.UserId, user.RequestNumber), AccessViews.StaffAlert(user, Staff)));

    /// <summary>A press is answered in place; a command or a written reason has no press, so the owner is told in their chat.</summary>
    static object Answer(DecideAccess decision, string text, bool alert) => decision.CallbackQueryId is { } press
        ? new AnswerButtonPress(press, text, alert)
        : new SendChatMessage(decision.ReplyChatId, new MessageContent(text));
}
