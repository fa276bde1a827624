using System.Net.Http.Json;
using System.Text.Json;
using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// What nobody's input gets through the whole shop: the Ingress's own answers, the support relay between a customer and
/// the staff, the owners' menus, and a user's quick updates answered in the order sent.
/// </summary>
public sealed class When_nobody_waits_for_what_a_user_sends(ShopUnderTest shop) : IClassFixture<ShopUnderTest>
{
    [Theory]
    [InlineData("/frobnicate")]
    [InlineData("/addproduct")]
    public async Task An_unknown_command_is_pointed_to_help_with_the_home_button(string command)
    {
        var user = await shop.Sandbox.CreateUserAsync("Una");
        await shop.Sandbox.SendTextAsync(user.Id, command);

        var answer = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Contains(command, answer.Text);
        Assert.Contains("/help", answer.Text);
        Assert.Equal(["home"], answer.ButtonData);
    }

    [Fact]
    public async Task An_owners_unknown_command_lists_their_commands()
    {
        var seen = await LastSeqAsync(ShopUnderTest.OwnerId);
        await shop.Sandbox.SendTextAsync(ShopUnderTest.OwnerId, "/addproduct");

        var answer = await shop.Sandbox.WaitForAsync(ShopUnderTest.OwnerId, e => e.Kind == "sent" && e.Text!.Contains("/addproduct"), after: seen);

        Assert.StartsWith("I don't know /addproduct. Your commands:", answer.Text);
        Assert.Contains("/newproduct", answer.Text);
        Assert.Equal(["home"], answer.ButtonData);
    }

    [Fact]
    public async Task Cancel_with_nothing_open_says_so()
    {
        var user = await shop.Sandbox.CreateUserAsync("Cal");
        await shop.Sandbox.SendTextAsync(user.Id, "/cancel");

        var answer = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Equal("There is nothing to cancel.", answer.Text);
    }

    [Fact]
    public async Task A_stale_button_gets_a_toast()
    {
        var user = await shop.Sandbox.CreateUserAsync("Stu");
        await shop.Sandbox.SendTextAsync(user.Id, "/start");
        var home = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        (await shop.Sandbox.PressAsync(user.Id, home.MessageId!.Value, "z:gone", force: true)).EnsureSuccessStatusCode();
        var toast = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "callback_answered", after: home.Seq);

        Assert.Equal("This button is no longer valid.", toast.Text);
    }

    [Fact]
    public async Task A_customers_stray_text_reaches_the_staff_and_their_reply_comes_back()
    {
        var customer = await shop.Sandbox.CreateUserAsync("Hana", username: "hana_b");
        var ownerSeen = await LastSeqAsync(ShopUnderTest.OwnerId);
        await shop.Sandbox.SendTextAsync(customer.Id, "hello there, do you ship to Porto?");

        var passedOn = await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent");
        var question = await shop.Sandbox.WaitForAsync(ShopUnderTest.OwnerId,
            e => e.Kind == "sent" && e.Text!.Contains("do you ship to Porto?"), after: ownerSeen);

        Assert.Contains("passed on to the shop", passedOn.Text);
        Assert.Contains("Hana (@hana_b)", question.Text);
        Assert.Contains($"id {customer.Id}", question.Text);
        Assert.Equal([$"s:r:{customer.Id}"], question.ButtonData);

        (await shop.Sandbox.PressAsync(ShopUnderTest.OwnerId, question.MessageId!.Value, $"s:r:{customer.Id}")).EnsureSuccessStatusCode();
        var ask = await shop.Sandbox.WaitForAsync(ShopUnderTest.OwnerId, e => e.Kind == "sent" && e.Text!.Contains("Write your answer"), after: question.Seq);
        await shop.Sandbox.SendTextAsync(ShopUnderTest.OwnerId, "Yes, in 2 days.");

        var answer = await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent" && e.Text!.Contains("Yes, in 2 days."), after: passedOn.Seq);
        var sent = await shop.Sandbox.WaitForAsync(ShopUnderTest.OwnerId, e => e.Kind == "sent" && e.Text!.StartsWith("✅ Sent"), after: ask.Seq);
        Assert.Contains("The shop answers", answer.Text);

        // The answer ended the owner's conversation: their next text gets the staff menu, not another message to Hana.
        await shop.Sandbox.SendTextAsync(ShopUnderTest.OwnerId, "and thanks");
        var menu = await shop.Sandbox.WaitForAsync(ShopUnderTest.OwnerId, e => e.Kind == "sent", after: sent.Seq);
        Assert.Contains("/orders", menu.Text);
        Assert.Contains("/newproduct", menu.Text);
        Assert.Single(await shop.Sandbox.GetMessagesAsync(customer.Id), m => m.From == "bot" && m.Text!.Contains("The shop answers"));
    }

    [Fact]
    public async Task Only_staff_may_answer_a_question()
    {
        var customer = await shop.Sandbox.CreateUserAsync("Ivo");
        await shop.Sandbox.SendTextAsync(customer.Id, "/start");
        var home = await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent");

        (await shop.Sandbox.PressAsync(customer.Id, home.MessageId!.Value, "s:r:1", force: true)).EnsureSuccessStatusCode();
        var refused = await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "callback_answered", after: home.Seq);

        Assert.Contains("staff only", refused.Text);
    }

    [Fact]
    public async Task The_owner_sees_their_commands_in_help_and_in_a_menu_of_their_own()
    {
        await OwnerAsync();
        var seen = await LastSeqAsync(ShopUnderTest.OwnerId);
        await shop.Sandbox.SendTextAsync(ShopUnderTest.OwnerId, "/help");
        var help = await shop.Sandbox.WaitForAsync(ShopUnderTest.OwnerId, e => e.Kind == "sent" && e.Text!.Contains("How it works"), after: seen);

        Assert.Contains("/newproduct", help.Text);
        Assert.Contains("/requests", help.Text);
        var owner = await MenuAsync(new { type = "chat", chat_id = ShopUnderTest.OwnerId }, null);
        var ownerRussian = await MenuAsync(new { type = "chat", chat_id = ShopUnderTest.OwnerId }, "ru");
        var customers = await MenuAsync(null, null);
        Assert.Contains("orders", owner);
        Assert.Contains("newproduct", ownerRussian);
        Assert.DoesNotContain("orders", customers);
        Assert.Contains("cart", customers);
    }

    [Fact]
    public async Task A_burst_of_commands_is_answered_in_the_order_sent()
    {
        var user = await shop.Sandbox.CreateUserAsync("Quick");
        await shop.Sandbox.SendTextAsync(user.Id, "/cart");
        await shop.Sandbox.SendTextAsync(user.Id, "/myorders");
        await shop.Sandbox.SendTextAsync(user.Id, "/help");

        await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent" && e.Text!.Contains("How it works"));
        var answers = (await shop.Sandbox.GetMessagesAsync(user.Id)).Where(m => m.From == "bot").Select(m => m.Text!).ToList();

        Assert.Equal(3, answers.Count);
        Assert.Contains("cart is empty", answers[0]);
        Assert.Contains("orders", answers[1], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("How it works", answers[2]);
    }

    /// <summary>The owner's chat, created once for the class; the last event seen in it.</summary>
    async Task<long> LastSeqAsync(long chatId)
    {
        if (chatId == ShopUnderTest.OwnerId) await OwnerAsync();
        return (await shop.Sandbox.GetEventsAsync(chatId, 0, 0)).LastSeq;
    }

    async Task OwnerAsync()
    {
        try
        {
            await shop.Sandbox.CreateUserAsync("Olga", id: ShopUnderTest.OwnerId);
        }
        catch (HttpRequestException)
        {
            // Made by an earlier test of this class.
        }
    }


    async Task<List<string>> MenuAsync(object? scope, string? language)
    {
        var body = new Dictionary<string, object?>();
        if (scope is not null) body["scope"] = scope;
        if (language is not null) body["language_code"] = language;
        // The Ingress sets the menus once it starts; give it the moment it needs.
        for (var attempt = 0; ; attempt++)
        {
            using var response = await shop.Sandbox.Http.PostAsJsonAsync($"/bot{shop.BotToken}/getMyCommands", body);
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            var commands = json.GetProperty("result").EnumerateArray().Select(c => c.GetProperty("command").GetString()!).ToList();
            if (commands.Count > 0 || attempt >= 50) return commands;
            await Task.Delay(100);
        }
    }
}
