using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>The first journey again, with updates arriving through the webhook the ingress registered at start.</summary>
public sealed class When_updates_arrive_by_webhook(WebhookShopUnderTest shop) : IClassFixture<WebhookShopUnderTest>
{
    [Fact]
    public async Task Start_is_answered_with_the_home_view()
    {
        var user = await shop.Sandbox.CreateUserAsync("Eve");
        await shop.Sandbox.SendTextAsync(user.Id, "/start");

        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Contains("Hello, Eve!", home.Text);
    }

    [Fact]
    public async Task A_button_press_is_answered_and_edits_in_place()
    {
        var user = await shop.Sandbox.CreateUserAsync("Fay");
        await shop.Sandbox.SendTextAsync(user.Id, "/start");
        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        (await shop.Sandbox.PressAsync(user.Id, home.MessageId!.Value, "help")).EnsureSuccessStatusCode();

        await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "callback_answered", after: home.Seq);
        var help = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "edited", after: home.Seq);
        Assert.Equal(home.MessageId, help.MessageId);
    }
}
