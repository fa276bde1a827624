using Shop.Access.Requests;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Access.Tests;

public sealed class When_reading_access_input
{
    [Theory]
    [InlineData("123456789", 123456789L)]
    [InlineData(" 42 ", 42L)]
    public void A_user_id_is_digits_only(string text, long expected)
    {
        Assert.True(AccessRules.TryParseUserId(text, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("12 34")]
    [InlineData("99999999999999999999999")]
    public void Anything_else_is_not_a_user_id(string text) => Assert.False(AccessRules.TryParseUserId(text, out _));

    [Theory]
    [InlineData("Open", AccessMode.Open)]
    [InlineData("approvalrequired", AccessMode.ApprovalRequired)]
    [InlineData(" approval ", AccessMode.ApprovalRequired)]
    public void Modes_are_read_in_any_case(string text, AccessMode mode) => Assert.Equal(mode, ShopOptions.ParseAccessMode(text));

    [Fact]
    public void An_unknown_mode_is_refused_and_the_setting_names_itself()
    {
        Assert.Null(ShopOptions.ParseAccessMode("private"));
        var result = new ShopOptionsValidator().Validate(null, new ShopOptions { OwnerIds = "1001", AccessMode = "private" });
        Assert.Contains("Shop__AccessMode", result.FailureMessage);
    }

    [Fact]
    public void A_request_message_is_trimmed_and_empty_means_none()
    {
        Assert.Null(AccessRules.CleanMessage("   "));
        Assert.Equal("hello", AccessRules.CleanMessage("  hello "));
    }

    [Theory]
    [InlineData("a:ok:2001:1", AccessPressKind.Approve)]
    [InlineData("a:no:2001:3", AccessPressKind.AskReject)]
    [InlineData("a:nr:2001:2", AccessPressKind.RejectWithoutReason)]
    [InlineData("a:ls:4", AccessPressKind.List)]
    public void Access_buttons_are_read_back(string data, AccessPressKind kind)
    {
        Assert.True(AccessButtons.TryParse(data, out var press));
        Assert.Equal(kind, press.Kind);
    }

    [Theory]
    [InlineData("a:ok:2001")]
    [InlineData("a:ok:abc:1")]
    [InlineData("a:ok:-1:1")]
    [InlineData("a:ok:2001:0")]
    [InlineData("a:ok:02001:1")]
    [InlineData("a:ok:2001:1:x")]
    [InlineData("a:ls:99999")]
    [InlineData("a:zz:2001:1")]
    public void Forged_button_data_is_refused(string data) => Assert.False(AccessButtons.TryParse(data, out _));

    [Fact]
    public void Buttons_fit_telegrams_64_bytes_and_use_the_access_prefix()
    {
        var data = AccessButtons.RejectWithoutReason(long.MaxValue, int.MaxValue);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(data) <= 64);
        Assert.StartsWith(Buttons.AccessPrefix, data);
    }
}

public sealed class When_deciding_what_a_request_comes_to
{
    static readonly TimeSpan Wait = TimeSpan.FromDays(7);
    static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("", RequestOutcome.File)]
    [InlineData(AccessStatus.Pending, RequestOutcome.AlreadyPending)]
    [InlineData(AccessStatus.Approved, RequestOutcome.AlreadyAllowed)]
    [InlineData(AccessStatus.Expired, RequestOutcome.File)]
    [InlineData(AccessStatus.Revoked, RequestOutcome.File)]
    public void It_depends_on_where_the_user_stands(string state, RequestOutcome outcome) =>
        Assert.Equal(outcome, AccessRules.OnRequest(new AccessState { CurrentState = state }, Now, Wait));

    [Fact]
    public void A_rejected_user_waits_the_appeal_period()
    {
        var user = new AccessState { CurrentState = AccessStatus.Rejected, LastRejectedAt = Now };
        Assert.Equal(RequestOutcome.TooEarly, AccessRules.OnRequest(user, Now + Wait - TimeSpan.FromSeconds(1), Wait));
        Assert.Equal(RequestOutcome.File, AccessRules.OnRequest(user, Now + Wait, Wait));
    }

    [Theory]
    [InlineData(AccessStatus.Pending, AccessDecision.Approve, AccessStatus.Approved)]
    [InlineData(AccessStatus.Pending, AccessDecision.Reject, AccessStatus.Rejected)]
    [InlineData(AccessStatus.Approved, AccessDecision.Revoke, AccessStatus.Revoked)]
    [InlineData(AccessStatus.Rejected, AccessDecision.Grant, AccessStatus.Approved)]
    [InlineData(AccessStatus.Approved, AccessDecision.Approve, null)]
    [InlineData(AccessStatus.Rejected, AccessDecision.Approve, null)]
    [InlineData(AccessStatus.Pending, AccessDecision.Revoke, null)]
    [InlineData(AccessStatus.Approved, AccessDecision.Grant, null)]
    public void Decisions_apply_only_where_they_fit(string from, AccessDecision decision, string? to) =>
        Assert.Equal(to, AccessRules.Target(from, decision));

    [Fact]
    public void Owners_and_approved_users_have_access_in_a_private_shop_and_everyone_in_an_open_one()
    {
        Assert.True(AccessRules.HasAccess(AccessMode.Open, false, null));
        Assert.True(AccessRules.HasAccess(AccessMode.ApprovalRequired, true, null));
        Assert.True(AccessRules.HasAccess(AccessMode.ApprovalRequired, false, AccessStatus.Approved));
        Assert.False(AccessRules.HasAccess(AccessMode.ApprovalRequired, false, AccessStatus.Pending));
    }
}

public sealed class When_showing_access_screens
{
    [Fact]
    public void The_staff_alert_names_the_user_and_their_message_and_once_decided_has_no_buttons()
    {
        var user = new AccessState
        {
            CurrentState = AccessStatus.Pending, UserId = 2001, Name = "Anna", Username = "anna", Message = "Book club", RequestNumber = 2,
            RequestedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), AppealCount = 1,
        };

        var pending = AccessViews.StaffAlert(user, AccessTexts.English);
        Assert.Contains("Anna (@anna) · id 2001", pending.Text);
        Assert.Contains("Message: Book club", pending.Text);
        Assert.Contains("Appeal #1", pending.Text);
        Assert.Equal(2, pending.Keyboard!.Rows[0].Count);

        user.CurrentState = AccessStatus.Rejected;
        user.ReviewedByName = "Olga";
        user.ReviewedAt = user.RequestedAt;
        user.Reason = "Members only";
        var decided = AccessViews.StaffAlert(user, AccessTexts.English);
        Assert.Contains("rejected by Olga on 2 Mar 2026", decided.Text);
        Assert.Contains("Reason: Members only", decided.Text);
        Assert.Null(decided.Keyboard);
    }

    [Fact]
    public void The_request_list_pages_and_says_when_nothing_waits()
    {
        Assert.Equal(AccessTexts.English.NoRequests, AccessViews.RequestList([], 0, 0, AccessTexts.English).Text);
        var page = Enumerable.Range(1, AccessViews.PageSize)
            .Select(i => new AccessState { UserId = i, Name = $"User {i}", RequestNumber = 1, CurrentState = AccessStatus.Pending }).ToList();

        var view = AccessViews.RequestList(page, 0, AccessViews.PageSize + 1, AccessTexts.English);

        Assert.Contains("waiting (6)", view.Text);
        Assert.Equal(AccessButtons.List(1), view.Keyboard!.Rows[^1].Single().CallbackData);
    }

    [Fact]
    public void The_private_shop_screen_says_how_to_ask_and_the_alert_fits_telegrams_limit()
    {
        Assert.Contains("/request", PrivateShopScreen.Explanation().Text);
        Assert.True(PrivateShopScreen.ButtonAlert.Length <= 200);
    }
}
