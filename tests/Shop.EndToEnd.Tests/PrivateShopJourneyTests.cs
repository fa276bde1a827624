using Shop.Testing;
using Buttons = Shop.Storefront.Buttons;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// A private shop through the sandbox: a stranger sees only how to ask, asks with <c>/request</c>, and the owners approve
/// or reject from their alerts; with two owners deciding at once, one decision stands and both alerts show whose.
/// </summary>
public sealed class When_the_shop_is_private(PrivateShopUnderTest shop) : IClassFixture<PrivateShopUnderTest>
{
    [Fact]
    public async Task A_stranger_is_blocked_asks_is_approved_and_can_shop()
    {
        var owner = await StaffAsync("Olga", ShopUnderTest.OwnerId);
        var stranger = await shop.Sandbox.CreateUserAsync("Petra", username: "petra");

        // Blocked: a command and an old button both get the explanation, and nothing of the shop answers.
        await shop.Sandbox.SendTextAsync(stranger.Id, "/cart");
        var explained = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent");
        Assert.Contains("This shop is private", explained.Text);
        (await shop.Sandbox.PressAsync(stranger.Id, explained.MessageId!.Value, Buttons.Cart, force: true)).EnsureSuccessStatusCode();
        var alert = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "callback_answered", after: explained.Seq);
        Assert.True(alert.ShowAlert);
        Assert.Contains("private", alert.Text);
        await shop.Sandbox.SendTextAsync(stranger.Id, "/start");
        var start = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent", after: alert.Seq);
        Assert.Contains("/request", start.Text);

        // Asks; the owner is alerted and approves.
        await shop.Sandbox.SendTextAsync(stranger.Id, "/request Hi, I'm Petra from the book club");
        var pending = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent" && e.Text!.Contains("sent to the shop's owners"), after: start.Seq);
        var staffAlert = await AlertAsync(owner, stranger.Id);
        Assert.Contains("Petra (@petra)", staffAlert.Text);
        Assert.Contains("book club", staffAlert.Text);
        await PressAsync(owner, staffAlert, "a:ok:");
        await shop.Sandbox.WaitForAsync(owner, e => e.Kind == "edited" && e.MessageId == staffAlert.MessageId && e.Text!.Contains("approved by Olga"),
            after: staffAlert.Seq);
        var welcome = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent" && e.Text!.Contains("Welcome"), after: pending.Seq);

        // Now the shop answers: /start shows the catalog home.
        await shop.Sandbox.SendTextAsync(stranger.Id, "/start");
        await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent" && e.ButtonData.Contains(Buttons.Categories), after: welcome.Seq);
        Assert.Equal("Approved", await shop.Database.TextAsync($"SELECT state FROM access.users WHERE user_id = {stranger.Id}"));
        Assert.Equal(ShopUnderTest.OwnerId, await shop.Database.ScalarAsync($"SELECT reviewed_by FROM access.users WHERE user_id = {stranger.Id}"));
        Assert.Equal(2, await shop.Database.ScalarAsync($"SELECT count(*) FROM access.access_audit WHERE user_id = {stranger.Id}"));
    }

    [Fact]
    public async Task A_rejection_with_a_written_reason_tells_the_user_why_and_keeps_them_out()
    {
        var owner = await StaffAsync("Olga", ShopUnderTest.OwnerId);
        var stranger = await shop.Sandbox.CreateUserAsync("Quinn");

        await shop.Sandbox.SendTextAsync(stranger.Id, "/request");
        var staffAlert = await AlertAsync(owner, stranger.Id);
        await PressAsync(owner, staffAlert, "a:no:");
        var prompt = await shop.Sandbox.WaitForAsync(owner, e => e.Kind == "sent" && e.Text!.Contains("Write why"), after: staffAlert.Seq);
        Assert.Contains(prompt.ButtonData, d => d.StartsWith("a:nr:", StringComparison.Ordinal));
        await shop.Sandbox.SendTextAsync(owner, "Members only");

        var told = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent" && e.Text!.Contains("declined"));
        Assert.Contains("Reason: Members only", told.Text);
        await shop.Sandbox.WaitForAsync(owner, e => e.Kind == "edited" && e.MessageId == staffAlert.MessageId
            && e.Text!.Contains("rejected by Olga") && e.Text.Contains("Members only"), after: staffAlert.Seq);
        await shop.Sandbox.SendTextAsync(stranger.Id, "/cart");
        var blocked = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent", after: told.Seq);
        Assert.Contains("This shop is private", blocked.Text);
        Assert.Equal("Members only", await shop.Database.TextAsync($"SELECT reason FROM access.users WHERE user_id = {stranger.Id}"));
    }

    [Fact]
    public async Task Two_owners_approve_and_reject_at_once_one_decision_stands_and_both_alerts_show_who()
    {
        var first = await StaffAsync("Olga", ShopUnderTest.OwnerId);
        var second = await StaffAsync("Sam", ShopUnderTest.SecondOwnerId);
        var stranger = await shop.Sandbox.CreateUserAsync("Rita");

        await shop.Sandbox.SendTextAsync(stranger.Id, "/request please");
        var alerts = await Task.WhenAll(AlertAsync(first, stranger.Id), AlertAsync(second, stranger.Id));
        await PressAsync(second, alerts[1], "a:no:");
        var prompt = await shop.Sandbox.WaitForAsync(second, e => e.Kind == "sent" && e.Text!.Contains("Write why"), after: alerts[1].Seq);

        var presses = await Task.WhenAll(
            shop.Sandbox.PressAsync(first, alerts[0].MessageId!.Value, alerts[0].ButtonData.First(d => d.StartsWith("a:ok:", StringComparison.Ordinal))),
            shop.Sandbox.PressAsync(second, prompt.MessageId!.Value, prompt.ButtonData.First(d => d.StartsWith("a:nr:", StringComparison.Ordinal))));
        Assert.All(presses, p => Assert.True(p.IsSuccessStatusCode));

        var answers = await Task.WhenAll(
            shop.Sandbox.WaitForAsync(first, e => e.Kind == "callback_answered", after: alerts[0].Seq),
            shop.Sandbox.WaitForAsync(second, e => e.Kind == "callback_answered" && e.Seq > prompt.Seq, after: prompt.Seq));
        Assert.Single(answers, a => a.ShowAlert == true && a.Text!.Contains("Already decided"));
        var state = await shop.Database.TextAsync($"SELECT state FROM access.users WHERE user_id = {stranger.Id}");
        var (winner, outcome) = state == "Approved" ? ("Olga", "approved") : ("Sam", "rejected");
        foreach (var (staff, alert) in new[] { first, second }.Zip(alerts))
            await shop.Sandbox.WaitForAsync(staff, e => e.Kind == "edited" && e.MessageId == alert.MessageId && e.Text!.Contains($"{outcome} by {winner}"),
                after: alert.Seq);
        Assert.Equal(2, await shop.Database.ScalarAsync($"SELECT count(*) FROM access.access_audit WHERE user_id = {stranger.Id}"));
    }

    /// <summary>A member of staff who has opened the chat (owners always pass the gate).</summary>
    async Task<long> StaffAsync(string name, long id)
    {
        await shop.Sandbox.CreateUserAsync(name, id: id);
        await shop.Sandbox.SendTextAsync(id, "/start");
        await shop.Sandbox.WaitForAsync(id, e => e.Kind == "sent");
        return id;
    }

    Task<ChatEvent> AlertAsync(long staff, long userId) =>
        shop.Sandbox.WaitForAsync(staff, e => e.Kind == "sent" && e.Text!.Contains($"id {userId}") && e.ButtonData.Any(d => d.StartsWith("a:ok:", StringComparison.Ordinal)));

    async Task PressAsync(long staff, ChatEvent on, string prefix) =>
        (await shop.Sandbox.PressAsync(staff, on.MessageId!.Value, on.ButtonData.First(d => d.StartsWith(prefix, StringComparison.Ordinal)))).EnsureSuccessStatusCode();
}
