using Shop.Contracts.Catalog;
using Shop.Testing;
using Buttons = Shop.Storefront.Buttons;

namespace Shop.EndToEnd.Tests;

/// <summary>The cart journey: add from a product card, look at the cart, change it, and see it on the home screen.</summary>
public sealed class When_a_user_fills_the_cart(ShopUnderTest shop) : IClassFixture<ShopUnderTest>
{
    /// <summary>Stands in for the Catalog worker: its event about a product, then waits until the cart has its copy.</summary>
    async Task<Guid> ProductInCatalogAsync(string title, long priceMinor, int stock)
    {
        var id = Guid.NewGuid();
        await shop.PublishAsync(new ProductChanged(id, Guid.NewGuid(), title, "", priceMinor, "USD", null, stock, true, 0, 1, DateTimeOffset.UtcNow));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await shop.Database.ScalarAsync($"SELECT count(*) FROM cart.products WHERE product_id = '{id}'") == 0)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The cart never got the product.");
            await Task.Delay(100);
        }
        return id;
    }

    async Task<(SandboxUser User, ChatEvent Home)> StartAsync(string name)
    {
        var user = await shop.Sandbox.CreateUserAsync(name);
        await shop.Sandbox.SendTextAsync(user.Id, "/start");
        return (user, await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent"));
    }

    async Task<ChatEvent> PressAsync(long userId, ChatEvent on, string data, string expectKind, long after, bool force = false)
    {
        (await shop.Sandbox.PressAsync(userId, on.MessageId!.Value, data, force)).EnsureSuccessStatusCode();
        return await shop.Sandbox.WaitForAsync(userId, e => e.Kind == expectKind, after: after);
    }

    [Fact]
    public async Task Two_adds_show_two_plus_makes_three_and_home_offers_checkout()
    {
        var mug = await ProductInCatalogAsync("Mug", 1250, stock: 10);
        var (user, home) = await StartAsync("Gus");

        // No product card exists yet (the Catalog worker comes later): the press carries the card's button data.
        var first = await PressAsync(user.Id, home, Buttons.AddToCart(mug, 1), "callback_answered", home.Seq, force: true);
        var second = await PressAsync(user.Id, home, Buttons.AddToCart(mug, 1), "callback_answered", first.Seq, force: true);
        var cart = await PressAsync(user.Id, home, Buttons.Cart, "edited", second.Seq);
        var plus = await PressAsync(user.Id, cart, $"k:inc:{mug:N}", "edited", cart.Seq);
        var back = await PressAsync(user.Id, plus, Buttons.Home, "edited", plus.Seq);

        Assert.Equal("Added 1 × Mug · cart: 1 item", first.Text);
        Assert.Equal("Added 1 × Mug · cart: 2 items", second.Text);
        Assert.False(second.ShowAlert ?? false);
        Assert.Contains("1. Mug\n    2 × $12.50 = $25.00", cart.Text);
        Assert.Contains("1. Mug\n    3 × $12.50 = $37.50", plus.Text);
        Assert.Contains("Total: $37.50 for 3 items", plus.Text);
        Assert.Equal(home.MessageId, back.MessageId);
        Assert.Contains("Hello, Gus!", back.Text);
        Assert.Contains("Checkout (3 items, $37.50)", back.ReplyMarkup!.Value.GetRawText());
        Assert.Equal(["k:checkout", Buttons.Cart, Buttons.Categories, Buttons.Help], back.ButtonData);
        Assert.Single(await shop.Sandbox.GetMessagesAsync(user.Id), m => m.From == "bot");
    }

    [Fact]
    public async Task A_forged_add_of_an_unknown_product_gets_an_alert_and_the_cart_stays_empty()
    {
        var (user, home) = await StartAsync("Hal");

        var alert = await PressAsync(user.Id, home, Buttons.AddToCart(Guid.NewGuid(), 1), "callback_answered", home.Seq, force: true);
        var cart = await PressAsync(user.Id, home, Buttons.Cart, "edited", alert.Seq);

        Assert.True(alert.ShowAlert);
        Assert.Equal("Sorry, this product is no longer available.", alert.Text);
        Assert.Contains("Your cart is empty", cart.Text);
        Assert.Equal(0, await shop.Database.ScalarAsync($"SELECT count(*) FROM cart.cart_lines WHERE user_id = {user.Id}"));
    }

    [Fact]
    public async Task Minus_to_zero_and_emptying_leave_an_empty_cart()
    {
        var pen = await ProductInCatalogAsync("Pen", 199, stock: 5);
        var cup = await ProductInCatalogAsync("Cup", 500, stock: 5);
        var (user, home) = await StartAsync("Ida");
        var added = await PressAsync(user.Id, home, Buttons.AddToCart(pen, 1), "callback_answered", home.Seq, force: true);
        added = await PressAsync(user.Id, home, Buttons.AddToCart(cup, 2), "callback_answered", added.Seq, force: true);
        var cart = await PressAsync(user.Id, home, Buttons.Cart, "edited", added.Seq);

        var minus = await PressAsync(user.Id, cart, $"k:dec:{pen:N}", "edited", cart.Seq);
        var confirm = await PressAsync(user.Id, minus, "k:clear", "edited", minus.Seq);
        var emptied = await PressAsync(user.Id, confirm, "k:clear:yes", "edited", confirm.Seq);

        Assert.DoesNotContain("Pen", minus.Text);
        Assert.Contains("1. Cup\n    2 × $5.00 = $10.00", minus.Text);
        Assert.Equal(["k:clear:yes", Buttons.Cart], confirm.ButtonData);
        Assert.Contains("Your cart is empty", emptied.Text);
    }

    [Fact]
    public async Task The_cart_command_shows_the_cart()
    {
        var user = await shop.Sandbox.CreateUserAsync("Jo");
        await shop.Sandbox.SendTextAsync(user.Id, "/cart");

        var cart = await shop.Sandbox.WaitForAsync(user.Id, e => e.Kind == "sent");

        Assert.Contains("Your cart is empty", cart.Text);
        Assert.Equal([Buttons.Categories, Buttons.Home], cart.ButtonData);
    }

    [Fact]
    public async Task A_button_no_worker_owns_gets_an_alert()
    {
        var (user, home) = await StartAsync("Kim");

        var alert = await PressAsync(user.Id, home, "menu:old", "callback_answered", home.Seq, force: true);

        Assert.True(alert.ShowAlert);
        Assert.Equal("This button is no longer valid.", alert.Text);
    }
}
