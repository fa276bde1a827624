using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>The first journey: a Telegram user opens the shop.</summary>
public sealed class When_a_user_sends_start(ShopUnderTest shop) : IClassFixture<ShopUnderTest>
{
    [Fact]
    public async Task They_receive_the_home_view_with_buttons()
    {
        var user = await shop.Sandbox.CreateUserAsync("Ann");
        await shop.Sandbox.SendTextAsync(user.Id, "/start");

        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Contains("Hello, Ann!", home.Text);
        Assert.Contains("help", home.ButtonData);
        Assert.Contains("c:cats", home.ButtonData);
    }

    [Fact]
    public async Task A_russian_user_is_answered_in_russian()
    {
        var user = await shop.Sandbox.CreateUserAsync("Иван", languageCode: "ru");
        await shop.Sandbox.SendTextAsync(user.Id, "/start");

        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Contains("Здравствуйте, Иван!", home.Text);
    }

    [Fact]
    public async Task Help_edits_the_same_message_and_home_brings_it_back()
    {
        var user = await shop.Sandbox.CreateUserAsync("Bea");
        await shop.Sandbox.SendTextAsync(user.Id, "/start");
        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        (await shop.Sandbox.PressAsync(user.Id, home.MessageId!.Value, "help")).EnsureSuccessStatusCode();
        var help = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "edited", after: home.Seq);
        (await shop.Sandbox.PressAsync(user.Id, home.MessageId!.Value, "home")).EnsureSuccessStatusCode();
        var back = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "edited" && e.Seq > help.Seq, after: help.Seq);

        Assert.Equal(home.MessageId, help.MessageId);
        Assert.Contains("How it works", help.Text);
        Assert.Contains("Hello, Bea!", back.Text);
        var messages = await shop.Sandbox.GetMessagesAsync(user.Id);
        Assert.Single(messages, m => m.From == "bot");
    }

    [Fact]
    public async Task Help_command_answers_with_the_help_view()
    {
        var user = await shop.Sandbox.CreateUserAsync("Cid");
        await shop.Sandbox.SendTextAsync(user.Id, "/help");

        var help = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Contains("How it works", help.Text);
        Assert.Equal(["home"], help.ButtonData);
    }

    [Fact]
    public async Task An_update_delivered_twice_is_answered_once()
    {
        var user = await shop.Sandbox.CreateUserAsync("Dan");
        var start = await shop.Sandbox.SendTextAsync(user.Id, "/start");
        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        await shop.Sandbox.RedeliverAsync(start.UpdateId);
        await shop.Sandbox.RedeliverAsync(start.UpdateId);
        // A later update that goes the same way; once its answer is in, the repeats ahead of it have been handled.
        await shop.Sandbox.SendTextAsync(user.Id, "/help");
        await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent" && e.Text!.Contains("How it works"), after: home.Seq);

        var messages = await shop.Sandbox.GetMessagesAsync(user.Id);
        Assert.Single(messages, m => m.From == "bot" && m.Text!.Contains("Hello, Dan!"));
    }
}
