using Microsoft.Extensions.Options;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Storefront;

namespace Shop.Ingress.Tests;

public sealed class When_the_private_shop_gate_judges_an_update
{
    const long Owner = 1001;
    const long Stranger = 2001;
    const long Member = 3001;

    static readonly TelegramUser StrangerUser = new(Stranger, "Eve", null, "eve", "en");
    static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    static AccessReplica Replica(string mode = "ApprovalRequired") => new(Options.Create(new ShopOptions { OwnerIds = $"{Owner}", AccessMode = mode }));

    static AccessReplica Loaded(AccessMode mode = AccessMode.ApprovalRequired)
    {
        var replica = Replica();
        replica.Load(new AccessList(mode, [Member]));
        return replica;
    }

    static CommandReceived Command(string command, long from = Stranger) =>
        new(1, from, 5, StrangerUser with { Id = from }, command, "", Now);

    [Fact]
    public void A_stranger_s_command_gets_the_explanation_and_goes_nowhere_else()
    {
        var decision = AccessGate.Decide(Command("cart"), Loaded().Check);

        Assert.Equal(GateAction.Answer, decision.Action);
        var reply = Assert.IsType<SendChatMessage>(decision.Reply);
        Assert.Equal(Stranger, reply.ChatId);
        Assert.Contains("/request", reply.Content.Text);
    }

    [Fact]
    public void A_stranger_s_old_button_is_answered_with_a_short_alert()
    {
        var press = new ButtonPressed(2, "q1", Stranger, 9, StrangerUser, "k:view", Now);

        var decision = AccessGate.Decide(press, Loaded().Check);

        var answer = Assert.IsType<AnswerButtonPress>(decision.Reply);
        Assert.Equal("q1", answer.CallbackQueryId);
        Assert.True(answer.ShowAlert);
        Assert.Equal(PrivateShopScreen.ButtonAlert, answer.Text);
    }

    [Theory]
    [InlineData("request")]
    [InlineData("start")]
    [InlineData("help")]
    public void Asking_and_being_told_how_go_to_the_access_worker_alone(string command) =>
        Assert.Equal(GateAction.SendToAccess, AccessGate.Decide(Command(command), Loaded().Check).Action);

    [Fact]
    public void Text_photos_and_contacts_from_a_stranger_are_blocked_too()
    {
        var replica = Loaded();
        Assert.Equal(GateAction.Answer, AccessGate.Decide(new TextReceived(3, Stranger, 1, StrangerUser, "hello", Now), replica.Check).Action);
        Assert.Equal(GateAction.Answer, AccessGate.Decide(new PhotoReceived(4, Stranger, 1, StrangerUser, "f", null, Now), replica.Check).Action);
        Assert.Equal(GateAction.Answer, AccessGate.Decide(
            new ContactShared(5, Stranger, 1, StrangerUser, "+1", "Eve", null, Stranger, Now), replica.Check).Action);
    }

    [Fact]
    public void Owners_and_approved_users_pass_and_everyone_does_in_an_open_shop()
    {
        Assert.Equal(GateAction.Publish, AccessGate.Decide(Command("cart", Owner), Loaded().Check).Action);
        Assert.Equal(GateAction.Publish, AccessGate.Decide(Command("cart", Member), Loaded().Check).Action);
        Assert.Equal(GateAction.Publish, AccessGate.Decide(Command("cart"), Loaded(AccessMode.Open).Check).Action);
    }

    [Fact]
    public void Until_the_list_is_loaded_a_private_shop_holds_strangers_but_lets_owners_through()
    {
        var replica = Replica();

        Assert.Equal(GateAction.Hold, AccessGate.Decide(Command("start"), replica.Check).Action);
        Assert.Equal(GateAction.Publish, AccessGate.Decide(Command("start", Owner), replica.Check).Action);
        Assert.False(replica.IsLoaded);
    }

    [Fact]
    public void Until_the_list_is_loaded_a_shop_configured_open_lets_everyone_through()
    {
        Assert.Equal(GateAction.Publish, AccessGate.Decide(Command("cart"), Replica("Open").Check).Action);
    }

    [Fact]
    public void Payments_and_membership_changes_always_pass() =>
        Assert.Equal(GateAction.Publish, AccessGate.Decide(new BotBlockedByUser(6, Stranger, StrangerUser, Now), Replica().Check).Action);

    [Fact]
    public async Task A_private_shop_takes_updates_only_once_the_list_is_loaded_an_open_one_at_once()
    {
        var replica = Replica();
        var ready = replica.WhenReadyAsync(CancellationToken.None);
        Assert.False(ready.IsCompleted);

        replica.Load(new AccessList(AccessMode.ApprovalRequired, [Member]));

        await ready.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(Replica("Open").WhenReadyAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void Changes_that_arrive_before_the_list_are_replayed_on_top_of_it_in_order()
    {
        var replica = Replica();
        replica.Apply(new AccessGranted(Stranger, Owner, Now));
        replica.Apply(new AccessRevoked(Member, Owner, Now));

        replica.Load(new AccessList(AccessMode.ApprovalRequired, [Member]));

        Assert.Equal(AccessVerdict.Allowed, replica.Check(Stranger));
        Assert.Equal(AccessVerdict.Blocked, replica.Check(Member));
    }

    [Fact]
    public void Once_loaded_grants_revocations_and_mode_switches_apply_at_once()
    {
        var replica = Loaded();

        replica.Apply(new AccessGranted(Stranger, Owner, Now));
        Assert.Equal(AccessVerdict.Allowed, replica.Check(Stranger));
        replica.Apply(new AccessRevoked(Stranger, Owner, Now));
        Assert.Equal(AccessVerdict.Blocked, replica.Check(Stranger));
        replica.Apply(new AccessModeChanged(AccessMode.Open, Owner, Now));
        Assert.Equal(AccessVerdict.Allowed, replica.Check(Stranger));
    }

    [Fact]
    public void A_reload_replaces_what_was_missed_and_keeps_what_changed_while_it_was_on_its_way()
    {
        var replica = Loaded();
        // Revoked while the broker was away: this process never heard of it.
        replica.BeginRefresh();
        replica.Apply(new AccessGranted(Stranger, Owner, Now));

        // The list was read before the grant and after the missed revocation.
        replica.Load(new AccessList(AccessMode.ApprovalRequired, []));

        Assert.Equal(AccessVerdict.Blocked, replica.Check(Member));
        Assert.Equal(AccessVerdict.Allowed, replica.Check(Stranger));
        replica.Apply(new AccessRevoked(Stranger, Owner, Now));
        Assert.Equal(AccessVerdict.Blocked, replica.Check(Stranger));
    }
}
