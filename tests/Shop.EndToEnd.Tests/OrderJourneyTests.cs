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

    [Fact]
    public async Task Two_staff_press_accept_at_once_one_wins_both_alerts_show_who_and_nobody_sees_another_customers_order()
    {
        var first = await shop.Sandbox.CreateUserAsync("Olga", id: ShopUnderTest.OwnerId);
        var second = await shop.Sandbox.CreateUserAsync("Sam", id: ShopUnderTest.SecondOwnerId);
        foreach (var staff in new[] { first, second }) await shop.Sandbox.SendTextAsync(staff.Id, "/start");
        var customer = await shop.Sandbox.CreateUserAsync("Dora");
        var (number, _) = await PlaceOrderAsync(customer.Id);

        var alerts = await Task.WhenAll(new[] { first, second }.Select(staff =>
            shop.Sandbox.WaitForAsync(staff.Id, e => e.Kind == "sent" && e.Text!.Contains($"New order #{number}"))));
        var presses = await Task.WhenAll(new[] { first, second }.Select((staff, i) =>
            shop.Sandbox.PressAsync(staff.Id, alerts[i].MessageId!.Value, alerts[i].ButtonData.First(d => d.StartsWith("o:acc:", StringComparison.Ordinal)))));
        Assert.All(presses, p => Assert.True(p.IsSuccessStatusCode));

        var answers = await Task.WhenAll(new[] { first, second }.Select((staff, i) =>
            shop.Sandbox.WaitForAsync(staff.Id, e => e.Kind == "callback_answered", after: alerts[i].Seq)));
        Assert.Single(answers, a => a.ShowAlert == true && a.Text!.Contains("already accepted by"));
        Assert.Single(answers, a => a.ShowAlert != true && a.Text!.Contains("accepted"));
        var winner = answers[0].ShowAlert == true ? "Sam" : "Olga";
        foreach (var (staff, alert) in new[] { first, second }.Zip(alerts))
            await shop.Sandbox.WaitForAsync(staff.Id, e => e.Kind == "edited" && e.MessageId == alert.MessageId
                && e.Text!.Contains("Status: accepted") && e.Text.Contains($"Handled by: {winner}"), after: alert.Seq);
        await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent" && e.Text!.Contains($"Order #{number} was accepted"));
        Assert.Equal(2, await shop.Database.ScalarAsync(
            $"SELECT jsonb_array_length(history) FROM ordering.orders WHERE number = {number}"));

        // Staff see it in /orders; the customer in /myorders; another customer gets "no such order", as for a number that does not exist.
        var before = (await shop.Sandbox.GetEventsAsync(first.Id, 0, 0)).LastSeq;
        await shop.Sandbox.SendTextAsync(first.Id, "/orders");
        var open = await shop.Sandbox.WaitForAsync(first.Id, e => e.Kind == "sent" && e.Text!.Contains("Open orders"), after: before);
        Assert.Contains($"#{number} · Dora", open.Text);
        await shop.Sandbox.SendTextAsync(customer.Id, "/myorders");
        var mine = await shop.Sandbox.WaitForAsync(customer.Id, e => e.Kind == "sent" && e.Text!.Contains("Your orders"));
        Assert.Contains($"#{number}", mine.Text);
        var stranger = await shop.Sandbox.CreateUserAsync("Eve");
        await shop.Sandbox.SendTextAsync(stranger.Id, $"/order {number}");
        var refused = await shop.Sandbox.WaitForAsync(stranger.Id, e => e.Kind == "sent");
        Assert.Equal($"There is no order #{number} for you to see.", refused.Text);
        Assert.DoesNotContain("Dora", refused.Text);
    }

    /// <summary>The shortest way to an order: one product straight into the cart, then the whole checkout with typed answers.</summary>
    async Task<(string Number, ChatEvent Receipt)> PlaceOrderAsync(long customerId)
    {
        var productId = Guid.Parse((await shop.Database.TextAsync(
            "SELECT id::text FROM catalog.products WHERE active AND stock > 3 ORDER BY title LIMIT 1"))!);
        var journey = new Journey(shop.Sandbox, customerId);
        var home = await journey.SendAsync("/start", e => e.Kind == "sent");
        await journey.ForceAsync(home, Buttons.AddToCart(productId, 1), e => e.Kind == "callback_answered");
        var summary = await journey.ForceAsync(home, "k:checkout", e => HasButton(e, "o:co:go:"));
        var name = await journey.PressAsync(summary, d => d.StartsWith("o:co:go:", StringComparison.Ordinal), e => HasButton(e, "o:co:tg:"));
        await journey.PressAsync(name, d => d.StartsWith("o:co:tg:", StringComparison.Ordinal),
            e => e.Kind == "sent" && e.Text!.Contains("phone", StringComparison.OrdinalIgnoreCase));
        var delivery = await journey.SendAsync("+44 7700 900123", e => HasButton(e, "o:co:pick:"));
        var comment = await journey.PressAsync(delivery, d => d.StartsWith("o:co:pick:", StringComparison.Ordinal), e => HasButton(e, "o:co:skip:"));
        var confirm = await journey.PressAsync(comment, d => d.StartsWith("o:co:skip:", StringComparison.Ordinal), e => HasButton(e, "o:co:ok:"));
        var receipt = await journey.PressAsync(confirm, d => d.StartsWith("o:co:ok:", StringComparison.Ordinal),
            e => e.Kind == "sent" && e.Text!.Contains("🧾 Order #"));
        return (receipt.Text!.Split('#')[1].Split('\n')[0], receipt);
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

        /// <summary>Presses data that is not on the message (a button of another screen), as a stale or scripted client could.</summary>
        public async Task<ChatEvent> ForceAsync(ChatEvent on, string data, Func<ChatEvent, bool> expect)
        {
            (await sandbox.PressAsync(userId, on.MessageId!.Value, data, force: true)).EnsureSuccessStatusCode();
            return await WaitAsync(expect);
        }

        public async Task<ChatEvent> WaitAsync(Func<ChatEvent, bool> expect)
        {
            var found = await sandbox.WaitForAsync(userId, expect, after: _after);
            _after = found.Seq;
            return found;
        }
    }
}
