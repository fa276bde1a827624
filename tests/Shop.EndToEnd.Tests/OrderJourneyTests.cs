using Shop.Testing;
using Buttons = Shop.Storefront.Buttons;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// The order journey through the sandbox, as people would do it: a customer browses, fills the cart and checks out; the
/// owner is alerted and accepts, ships and delivers from the alert's buttons; the customer hears of every step.
/// </summary>
public sealed class When_a_customer_orders(ShopUnderTest shop) : IClassFixture<ShopUnderTest>
{
    [Fact]
    public async Task Browse_cart_checkout_receipt_alert_accept_ship_deliver_with_the_customer_told_each_time()
    {
        var owner = await shop.Sandbox.CreateUserAsync("Olga", id: ShopUnderTest.OwnerId);
        await shop.Sandbox.SendTextAsync(owner.Id, "/start");
        var ownerHome = await shop.Sandbox.WaitForAsync(owner.Id, e => e.Kind == "sent");
        var customer = await shop.Sandbox.CreateUserAsync("Carla");
        var journey = new Journey(shop.Sandbox, customer.Id);

        // Browse to a product and add it to the cart twice.
        var home = await journey.SendAsync("/start", e => e.Kind == "sent");
        var categories = await journey.PressAsync(home, d => d == Buttons.Categories, e => HasButton(e, "c:cat:"));
        var category = await journey.PressAsync(categories, d => d.StartsWith("c:cat:", StringComparison.Ordinal), e => HasButton(e, "c:p:"));
        var product = await journey.PressAsync(category, d => d.StartsWith("c:p:", StringComparison.Ordinal), e => HasButton(e, "k:add:"));
        var productId = Guid.ParseExact(product.ButtonData.First(d => d.StartsWith("k:add:", StringComparison.Ordinal)).Split(':')[2], "N");
        var stockBefore = await shop.Database.ScalarAsync($"SELECT stock FROM catalog.products WHERE id = '{productId}'");
        await journey.PressAsync(product, d => d.StartsWith("k:add:", StringComparison.Ordinal), e => e.Kind == "callback_answered");
        await journey.PressAsync(product, d => d.StartsWith("k:add:", StringComparison.Ordinal), e => e.Kind == "callback_answered");
        home = await journey.PressAsync(product, d => d == Buttons.Home, e => HasButton(e, "k:checkout"));

        // Checkout: summary, name from Telegram, the phone shared with the contact button, delivery, an address, no comment, confirm.
        var summary = await journey.PressAsync(home, d => d == "k:checkout", e => HasButton(e, "o:co:go:"));
        Assert.Contains("× ", summary.Text);
        var name = await journey.PressAsync(summary, d => d.StartsWith("o:co:go:", StringComparison.Ordinal), e => HasButton(e, "o:co:tg:"));
        await journey.PressAsync(name, d => d.StartsWith("o:co:tg:", StringComparison.Ordinal),
            e => e.Kind == "sent" && e.Text!.Contains("phone", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("request_contact", (await shop.Sandbox.GetReplyKeyboardAsync(customer.Id))?.GetRawText());
        await shop.Sandbox.ShareContactAsync(customer.Id, "+44 7700 900123", "Carla");
        var delivery = await journey.WaitAsync(e => HasButton(e, "o:co:ship:"));
        await journey.PressAsync(delivery, d => d.StartsWith("o:co:ship:", StringComparison.Ordinal), e => e.Kind is "sent" or "edited" && e.Text!.Contains("address", StringComparison.OrdinalIgnoreCase));
        var comment = await journey.SendAsync("221B Baker Street, London", e => HasButton(e, "o:co:skip:"));
        var confirm = await journey.PressAsync(comment, d => d.StartsWith("o:co:skip:", StringComparison.Ordinal), e => HasButton(e, "o:co:ok:"));
        Assert.Contains("+447700900123", confirm.Text);
        Assert.Contains("221B Baker Street", confirm.Text);
        var receipt = await journey.PressAsync(confirm, d => d.StartsWith("o:co:ok:", StringComparison.Ordinal),
            e => e.Kind == "sent" && e.Text!.Contains("🧾 Order #"));
        Assert.Contains("Status: placed", receipt.Text);
        Assert.Contains("221B Baker Street", receipt.Text);
        var number = receipt.Text!.Split('#')[1].Split('\n')[0];

        // The owner's alert, and its buttons all the way to delivered.
        var alert = await shop.Sandbox.WaitForAsync(owner.Id, e => e.Kind == "sent" && e.Text!.Contains($"New order #{number}"), after: ownerHome.Seq);
        Assert.Contains("Carla", alert.Text);
        var accepted = await PressOwnerAsync(owner.Id, alert, "o:acc:", "Status: accepted");
        await journey.WaitAsync(e => e.Kind == "sent" && e.Text!.Contains($"Order #{number} was accepted"));
        var shipped = await PressOwnerAsync(owner.Id, accepted, "o:shp:", "Status: shipped");
        await journey.WaitAsync(e => e.Kind == "sent" && e.Text!.Contains($"Order #{number} is on its way"));
        var delivered = await PressOwnerAsync(owner.Id, shipped, "o:dlv:", "Status: delivered");
        await journey.WaitAsync(e => e.Kind == "sent" && e.Text!.Contains($"Order #{number} is delivered"));
        Assert.DoesNotContain(delivered.ButtonData, d => d.StartsWith("o:acc:", StringComparison.Ordinal) || d.StartsWith("o:dlv:", StringComparison.Ordinal));

        // What is stored: one order, its whole history, the stock taken, the cart emptied.
        Assert.Equal(1, await shop.Database.ScalarAsync($"SELECT count(*) FROM ordering.orders WHERE customer_id = {customer.Id}"));
        Assert.Equal("Delivered", await shop.Database.TextAsync($"SELECT status FROM ordering.orders WHERE customer_id = {customer.Id}"));
        Assert.Equal(4, await shop.Database.ScalarAsync($"SELECT jsonb_array_length(history) FROM ordering.orders WHERE customer_id = {customer.Id}"));
        Assert.Equal(stockBefore - 2, await shop.Database.ScalarAsync($"SELECT stock FROM catalog.products WHERE id = '{productId}'"));
        Assert.Equal(0, await shop.Database.ScalarAsync($"SELECT count(*) FROM cart.cart_lines WHERE user_id = {customer.Id}"));
        var messages = await shop.Sandbox.GetMessagesAsync(customer.Id);
        Assert.Single(messages, m => m.Text?.Contains("🧾 Order #") == true);
    }

    async Task<ChatEvent> PressOwnerAsync(long ownerId, ChatEvent on, string prefix, string expect)
    {
        var data = on.ButtonData.First(d => d.StartsWith(prefix, StringComparison.Ordinal));
        (await shop.Sandbox.PressAsync(ownerId, on.MessageId!.Value, data)).EnsureSuccessStatusCode();
        return await shop.Sandbox.WaitForAsync(ownerId, e => e.Kind == "edited" && e.MessageId == on.MessageId && e.Text!.Contains(expect), after: on.Seq);
    }

    static bool HasButton(ChatEvent e, string prefix) =>
        e.Kind is "sent" or "edited" && e.ButtonData.Any(d => d.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>One customer's chat: each step waits for the bot's answer after the previous one.</summary>
    sealed class Journey(SandboxClient sandbox, long userId)
    {
        long _after;

        public async Task<ChatEvent> SendAsync(string text, Func<ChatEvent, bool> expect)
        {
            await sandbox.SendTextAsync(userId, text);
            return await WaitAsync(expect);
        }

        public async Task<ChatEvent> PressAsync(ChatEvent on, Func<string, bool> which, Func<ChatEvent, bool>? expect = null)
        {
            var data = on.ButtonData.First(which);
            using var response = await sandbox.PressAsync(userId, on.MessageId!.Value, data);
            if (!response.IsSuccessStatusCode)
            {
                var chat = string.Join(" | ", (await sandbox.GetMessagesAsync(userId)).Select(m => $"#{m.MessageId} {m.From} {m.Deleted} {m.Text ?? m.Caption}"));
                Assert.Fail($"press {data} on #{on.MessageId} ({on.Kind} seq {on.Seq}): {await response.Content.ReadAsStringAsync()}; chat: {chat}");
            }
            return await WaitAsync(expect ?? (e => e.Kind is "edited" or "sent"));
        }

        public async Task<ChatEvent> WaitAsync(Func<ChatEvent, bool> expect)
        {
            var found = await sandbox.WaitForAsync(userId, expect, after: _after);
            _after = found.Seq;
            return found;
        }
    }
}
