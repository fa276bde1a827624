using MassTransit.Testing;
using Shop.Access.Requests;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;

namespace Shop.Access.Tests;

public sealed class When_a_stranger_requests_access : IAsyncLifetime
{
    AccessSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await AccessSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task The_user_is_told_it_waits_and_every_owner_gets_a_tagged_alert_with_approve_and_reject()
    {
        var user = await _saga.PendingAsync();

        Assert.True(await _saga.SentTo(AccessSaga.Stranger, "sent to the shop's owners"));
        foreach (var owner in new[] { AccessSaga.Owner, AccessSaga.SecondOwner })
            Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m =>
                m.Context.Message.ChatId == owner && m.Context.Message.Tag == AccessViews.Tag(AccessSaga.Stranger, 1)
                && m.Context.Message.Content.Text.Contains("Anna (@anna) · id 2001")
                && m.Context.Message.Content.Text.Contains("book club")
                && m.Context.Message.Content.Keyboard!.Rows[0].Select(b => b.CallbackData).SequenceEqual(
                    [AccessButtons.Approve(AccessSaga.Stranger, 1), AccessButtons.Reject(AccessSaga.Stranger, 1)])));
        Assert.Equal(1, user.RequestNumber);
        Assert.NotNull(user.ExpiryTokenId);
        Assert.Single(_saga.Scheduler.Pending);
        Assert.Equal([AccessStatus.Pending], user.Audit.Select(a => a.ToState));
    }

    [Fact]
    public async Task Approving_welcomes_the_user_tells_the_gates_and_shows_who_decided_on_every_alert()
    {
        await _saga.PendingAsync();

        await _saga.Decide(AccessDecision.Approve, press: "p1");

        var user = await _saga.InState(AccessSaga.Stranger, m => m.Approved);
        Assert.True(await _saga.Harness.Published.Any<AccessGranted>(m => m.Context.Message.UserId == AccessSaga.Stranger));
        Assert.True(await _saga.SentTo(AccessSaga.Stranger, "Welcome"));
        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "p1" && !m.Context.Message.ShowAlert));
        await _saga.Settled();
        Assert.Single(_saga.Harness.Published.Select<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "p1"));
        foreach (var owner in new[] { AccessSaga.Owner, AccessSaga.SecondOwner })
            Assert.True(await _saga.Harness.Published.Any<EditTaggedMessage>(m => m.Context.Message.ChatId == owner
                && m.Context.Message.Tag == AccessViews.Tag(AccessSaga.Stranger, 1)
                && m.Context.Message.Content.Text.Contains("approved by Staff 1001") && m.Context.Message.Content.Keyboard == null));
        Assert.Equal(AccessSaga.Owner, user.ReviewedBy);
        Assert.Equal(_saga.Clock.GetUtcNow(), user.ReviewedAt);
        Assert.Null(user.ExpiryTokenId);
        Assert.Empty(_saga.Scheduler.Pending);
        Assert.Equal([AccessStatus.Pending, AccessStatus.Approved], user.Audit.Select(a => a.ToState));
        Assert.Equal(AccessStatus.Pending, user.Audit[^1].FromState);
        Assert.Equal(AccessSaga.Owner, user.Audit[^1].ByUserId);
    }

    [Fact]
    public async Task Rejecting_with_a_reason_tells_the_user_why_and_when_they_may_ask_again()
    {
        await _saga.PendingAsync();

        await _saga.Decide(AccessDecision.Reject, by: AccessSaga.SecondOwner, reason: "Members only");

        var user = await _saga.InState(AccessSaga.Stranger, m => m.Rejected);
        Assert.True(await _saga.SentTo(AccessSaga.Stranger, "Reason: Members only"));
        Assert.True(await _saga.SentTo(AccessSaga.Stranger, "You can ask again from 9 Mar 2026"));
        Assert.True(await _saga.SentTo(AccessSaga.SecondOwner, "Rejected: Anna (@anna) was told"));
        Assert.False(await _saga.Harness.Published.Any<AccessGranted>());
        Assert.Equal("Members only", user.Reason);
        Assert.Equal(_saga.Clock.GetUtcNow(), user.LastRejectedAt);
        Assert.Equal("Members only", user.Audit[^1].Reason);
    }

    [Fact]
    public async Task A_second_request_while_one_waits_says_so_and_files_nothing()
    {
        await _saga.PendingAsync();

        await _saga.Request(message: "Please!");

        Assert.True(await _saga.SentTo(AccessSaga.Stranger, "You already asked on 2 Mar 2026"));
        await _saga.Settled();
        var user = _saga.Get();
        Assert.Equal(1, user.RequestNumber);
        Assert.Equal("Hi, I'm Anna from the book club", user.Message);
        Assert.Equal(2, _saga.Harness.Published.Select<SendChatMessage>(m => m.Context.Message.Tag != null).Count());
        Assert.Single(user.Audit);
    }
}

public sealed class When_a_rejected_user_appeals : IAsyncLifetime
{
    AccessSaga _saga = null!;

    public async Task InitializeAsync()
    {
        _saga = await AccessSaga.StartAsync();
        await _saga.PendingAsync();
        await _saga.Decide(AccessDecision.Reject);
        await _saga.InState(AccessSaga.Stranger, m => m.Rejected);
    }

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task Too_early_they_are_told_the_date_and_nothing_is_filed()
    {
        _saga.Clock.Advance(TimeSpan.FromDays(6));

        await _saga.Request();

        Assert.True(await _saga.SentTo(AccessSaga.Stranger, "You can ask again from 9 Mar 2026"));
        await _saga.Settled();
        var user = _saga.Get();
        Assert.Equal(AccessStatus.Rejected, user.CurrentState);
        Assert.Equal(1, user.RequestNumber);
        Assert.Equal(0, user.AppealCount);
    }

    [Fact]
    public async Task After_the_wait_the_appeal_is_filed_and_counted_with_new_alerts()
    {
        _saga.Clock.Advance(AccessSaga.Options.AppealWait + TimeSpan.FromMinutes(1));

        await _saga.Request(message: "I joined the club now");

        var user = await _saga.InState(AccessSaga.Stranger, m => m.Pending);
        Assert.Equal(2, user.RequestNumber);
        Assert.Equal(1, user.AppealCount);
        Assert.NotNull(user.LastRejectedAt);
        Assert.Null(user.ReviewedBy);
        Assert.True(await _saga.Harness.Published.Any<SendChatMessage>(m => m.Context.Message.Tag == AccessViews.Tag(AccessSaga.Stranger, 2)
            && m.Context.Message.Content.Text.Contains("Appeal #1")));
        await _saga.Settled();
        Assert.False(await _saga.SentTo(AccessSaga.Stranger, "You already asked"));
    }

    [Fact]
    public async Task A_button_of_the_old_request_cannot_decide_the_new_one()
    {
        _saga.Clock.Advance(AccessSaga.Options.AppealWait + TimeSpan.FromMinutes(1));
        await _saga.Request();
        await _saga.InState(AccessSaga.Stranger, m => m.Pending);

        await _saga.Decide(AccessDecision.Approve, number: 1, press: "old");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "old" && m.Context.Message.ShowAlert));
        await _saga.Settled();
        Assert.Equal(AccessStatus.Pending, _saga.Get().CurrentState);
    }
}

public sealed class When_nobody_decides_in_time : IAsyncLifetime
{
    AccessSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await AccessSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task The_request_expires_the_user_is_told_and_may_ask_again()
    {
        await _saga.PendingAsync();
        await _saga.AdvanceAsync(TimeSpan.FromDays(6));
        await _saga.Settled();
        Assert.Equal(AccessStatus.Pending, _saga.Get().CurrentState);

        await _saga.AdvanceAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var user = await _saga.InState(AccessSaga.Stranger, m => m.Expired);
        Assert.True(await _saga.EventuallyPublished<SendChatMessage>(m =>
            m.ChatId == AccessSaga.Stranger && m.Content.Text.Contains("Nobody answered your request in time")));
        Assert.True(await _saga.EventuallyPublished<EditTaggedMessage>(m => m.Content.Text.Contains("expired")));
        Assert.Null(user.Audit[^1].ByUserId);

        await _saga.Request();
        user = await _saga.InState(AccessSaga.Stranger, m => m.Pending);
        Assert.Equal(2, user.RequestNumber);
        Assert.Equal(0, user.AppealCount);
    }

    [Fact]
    public async Task A_decision_in_time_cancels_the_expiry()
    {
        await _saga.PendingAsync();
        await _saga.Decide(AccessDecision.Approve);
        await _saga.InState(AccessSaga.Stranger, m => m.Approved);
        await _saga.Settled();

        await _saga.AdvanceAsync(TimeSpan.FromDays(30));
        await _saga.Settled();

        Assert.Equal(AccessStatus.Approved, _saga.Get().CurrentState);
    }
}

public sealed class When_two_owners_decide_at_once : IAsyncLifetime
{
    AccessSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await AccessSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task The_first_decision_wins_and_the_second_is_told_who_decided()
    {
        await _saga.PendingAsync();

        await _saga.Decide(AccessDecision.Approve, by: AccessSaga.Owner, press: "first");
        await _saga.InState(AccessSaga.Stranger, m => m.Approved);
        await _saga.Decide(AccessDecision.Reject, by: AccessSaga.SecondOwner, reason: "No", press: "second");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "second"
            && m.Context.Message.ShowAlert && m.Context.Message.Text == "Already decided: approved by Staff 1001."));
        await _saga.Settled();
        var user = _saga.Get();
        Assert.Equal(AccessStatus.Approved, user.CurrentState);
        Assert.Equal(AccessSaga.Owner, user.ReviewedBy);
        Assert.Equal(2, user.Audit.Count);
        Assert.False(await _saga.SentTo(AccessSaga.Stranger, "declined"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_owner_cannot_decide()
    {
        await _saga.PendingAsync();

        await _saga.Decide(AccessDecision.Approve, by: 3003, press: "forged");

        Assert.True(await _saga.Harness.Published.Any<AnswerButtonPress>(m => m.Context.Message.CallbackQueryId == "forged"
            && m.Context.Message.Text == "Only the shop's owners can do that."));
        await _saga.Settled();
        Assert.Equal(AccessStatus.Pending, _saga.Get().CurrentState);
        Assert.False(await _saga.Harness.Published.Any<AccessGranted>());
    }
}

public sealed class When_owners_grant_and_revoke : IAsyncLifetime
{
    AccessSaga _saga = null!;

    public async Task InitializeAsync() => _saga = await AccessSaga.StartAsync();

    public async Task DisposeAsync() => await _saga.DisposeAsync();

    [Fact]
    public async Task A_user_who_never_asked_can_be_granted_and_then_revoked()
    {
        await _saga.Decide(AccessDecision.Grant, number: null, userId: 4004);
        var user = await _saga.InState(4004, m => m.Approved);
        Assert.Equal(4004, user.ChatId);
        Assert.True(await _saga.Harness.Published.Any<AccessGranted>(m => m.Context.Message.UserId == 4004));
        Assert.True(await _saga.SentTo(AccessSaga.Owner, "Access granted to 4004"));

        await _saga.Decide(AccessDecision.Revoke, number: null, userId: 4004, reason: "left the club");

        user = await _saga.InState(4004, m => m.Revoked);
        Assert.True(await _saga.Harness.Published.Any<AccessRevoked>(m => m.Context.Message.UserId == 4004));
        Assert.True(await _saga.SentTo(4004, "withdrawn"));
        Assert.Equal([AccessStatus.Approved, AccessStatus.Revoked], user.Audit.Select(a => a.ToState));
    }

    [Fact]
    public async Task Revoking_someone_without_access_changes_nothing_and_says_so()
    {
        await _saga.PendingAsync();

        await _saga.Decide(AccessDecision.Revoke, number: null);

        Assert.True(await _saga.SentTo(AccessSaga.Owner, "User 2001 has no access to revoke."));
        await _saga.Settled();
        Assert.Equal(AccessStatus.Pending, _saga.Get().CurrentState);
    }
}
