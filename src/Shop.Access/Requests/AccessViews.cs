using System.Globalization;
using System.Text;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;

namespace Shop.Access.Requests;

/// <summary>What users and staff see of access requests, built from the state alone so it can be tested without a bus.</summary>
public static class AccessViews
{
    public const int PageSize = 5;

    /// <summary>The tag of one request's staff alerts: a new request gets new alerts, and the old ones keep showing their outcome.</summary>
    public static string Tag(long userId, int requestNumber) => string.Create(CultureInfo.InvariantCulture, $"access:{userId}:{requestNumber}");

    /// <summary>The alert every staff chat gets for a request, and the same alert once decided (with who and when, no buttons).</summary>
    public static MessageContent StaffAlert(AccessState user, AccessTexts texts)
    {
        var text = new StringBuilder();
        text.Append(texts.AlertTitle).Append('\n');
        text.AppendFormat(texts.AlertFrom, user.Name, At(user.Username), user.UserId).Append('\n');
        text.Append(user.Message is { } message ? string.Format(texts.AlertMessage, message) : texts.AlertNoMessage).Append('\n');
        if (user.RequestedAt is { } asked) text.AppendFormat(texts.AlertAsked, Date(asked, texts)).Append('\n');
        if (user.AppealCount > 0) text.AppendFormat(texts.AlertAppeal, user.AppealCount).Append('\n');
        text.Append('\n').Append(Status(user, texts));
        if (AccessStatus.Of(user.CurrentState) != AccessStatus.Pending) return new MessageContent(text.ToString());
        return new MessageContent(text.ToString(), new InlineKeyboard([
            [
                new InlineButton(texts.ApproveButton, AccessButtons.Approve(user.UserId, user.RequestNumber)),
                new InlineButton(texts.RejectButton, AccessButtons.Reject(user.UserId, user.RequestNumber)),
            ],
        ]));
    }

    public static string Status(AccessState user, AccessTexts texts)
    {
        var by = user.ReviewedByName ?? user.ReviewedBy?.ToString(CultureInfo.InvariantCulture) ?? "";
        var on = user.ReviewedAt is { } at ? Date(at, texts) : "";
        var status = AccessStatus.Of(user.CurrentState) switch
        {
            AccessStatus.Approved => string.Format(texts.StatusApproved, by, on),
            AccessStatus.Rejected => string.Format(texts.StatusRejected, by, on),
            AccessStatus.Revoked => string.Format(texts.StatusRevoked, by, on),
            AccessStatus.Expired => string.Format(texts.StatusExpired, Date(user.UpdatedAt, texts)),
            _ => texts.StatusPending,
        };
        return user.Reason is { } reason && AccessStatus.Of(user.CurrentState) is AccessStatus.Rejected or AccessStatus.Revoked
            ? status + "\n" + string.Format(texts.StatusReason, reason)
            : status;
    }

    /// <summary>What the user is told when their request is rejected: why, if staff said, and when they may ask again.</summary>
    public static MessageContent RejectedNotice(AccessState user, AccessTexts texts, DateTimeOffset appealFrom)
    {
        var text = new StringBuilder(texts.Rejected);
        if (user.Reason is { } reason) text.Append('\n').AppendFormat(texts.RejectedReason, reason);
        text.Append('\n').AppendFormat(texts.AppealFrom, Date(appealFrom, texts));
        return new MessageContent(text.ToString());
    }

    /// <summary>Asks a member of staff for the reason of a rejection; "No reason" rejects without one.</summary>
    public static MessageContent AskReason(AccessState user, AccessTexts texts) => new(
        string.Format(texts.AskReason, Who(user), AccessRules.MaxReasonLength),
        new InlineKeyboard([[new InlineButton(texts.NoReasonButton, AccessButtons.RejectWithoutReason(user.UserId, user.RequestNumber))]]));

    /// <summary>A page of waiting requests, each with its Approve and Reject buttons, and paging when there are more.</summary>
    public static MessageContent RequestList(IReadOnlyList<AccessState> page, int pageNumber, int total, AccessTexts texts)
    {
        if (total == 0) return new MessageContent(texts.NoRequests);
        var text = new StringBuilder().AppendFormat(texts.RequestsTitle, total);
        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var user in page)
        {
            text.Append('\n').AppendFormat(texts.RequestLine, user.Name, At(user.Username), user.UserId,
                user.RequestedAt is { } asked ? Date(asked, texts) : "");
            if (user.Message is { } message) text.Append("\n   ").Append(message);
            rows.Add([
                new InlineButton($"{texts.ApproveButton} {Short(user.Name)}", AccessButtons.Approve(user.UserId, user.RequestNumber)),
                new InlineButton($"{texts.RejectButton} {Short(user.Name)}", AccessButtons.Reject(user.UserId, user.RequestNumber)),
            ]);
        }
        var paging = new List<InlineButton>();
        if (pageNumber > 0) paging.Add(new InlineButton(texts.BackButton, AccessButtons.List(pageNumber - 1)));
        if ((pageNumber + 1) * PageSize < total) paging.Add(new InlineButton(texts.MoreButton, AccessButtons.List(pageNumber + 1)));
        if (paging.Count > 0) rows.Add(paging);
        return new MessageContent(text.ToString(), new InlineKeyboard(rows));
    }

    public static string ModeName(AccessMode mode, AccessTexts texts) => mode == AccessMode.Open ? texts.ModeOpen : texts.ModeApproval;

    /// <summary>"Anna (@anna)" or "user 42" when the shop knows no name (granted before ever asking).</summary>
    public static string Who(AccessState user) =>
        user.Name is { Length: > 0 } name ? name + At(user.Username) : user.UserId.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at, AccessTexts texts) => at.ToString(texts.DateFormat, texts.Culture);

    static string At(string? username) => username is { Length: > 0 } u ? $" (@{u})" : "";

    static string Short(string name) => name.Length <= 16 ? name : name[..16];
}
