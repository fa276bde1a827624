using Shop.Testing;
using Buttons = Shop.Storefront.Buttons;

namespace Shop.EndToEnd.Tests;

/// <summary>Catalog and cart together, as customers and the owner use them in chat.</summary>
public sealed class When_customers_browse_and_the_owner_manages_the_catalog(ShopUnderTest shop) : IClassFixture<ShopUnderTest>
{
    SandboxClient Chat => shop.Sandbox;

    /// <summary>Presses a button and waits for the bot's view that has a button matching <paramref name="nextHas"/>.</summary>
    async Task<ChatEvent> PressAndWaitForViewAsync(long userId, ChatEvent on, string data, Func<string, bool> nextHas)
    {
        (await Chat.PressAsync(userId, on.MessageId!.Value, data)).EnsureSuccessStatusCode();
        return await Chat.WaitForAsync(userId, e => e.Kind is "sent" or "edited" && e.ButtonData.Any(nextHas), after: on.Seq);
    }

    [Fact]
    public async Task Browse_add_twice_change_the_quantity_and_home_offers_checkout()
    {
        var user = await Chat.CreateUserAsync("Kim");
        await Chat.SendTextAsync(user.Id, "/start");
        var home = await Chat.WaitForAsync(user.Id, e => e.Kind == "sent");

        var categories = await PressAndWaitForViewAsync(user.Id, home, "c:cats", d => d.StartsWith("c:cat:"));
        var list = await PressAndWaitForViewAsync(user.Id, categories, categories.ButtonData.First(d => d.StartsWith("c:cat:")), d => d.StartsWith("c:p:"));
        var card = await PressAndWaitForViewAsync(user.Id, list, list.ButtonData.First(d => d.StartsWith("c:p:")), d => d.StartsWith("k:add:"));
        var add = card.ButtonData.First(d => d.StartsWith("k:add:"));
        (await Chat.PressAsync(user.Id, card.MessageId!.Value, add)).EnsureSuccessStatusCode();
        var firstAnswer = await Chat.WaitForAsync(user.Id, e => e.Kind == "callback_answered" && e.Text != null, after: card.Seq);
        (await Chat.PressAsync(user.Id, card.MessageId!.Value, add)).EnsureSuccessStatusCode();
        var secondAnswer = await Chat.WaitForAsync(user.Id, e => e.Kind == "callback_answered" && e.Text != null, after: firstAnswer.Seq);
        // The card stays and shows the count, one row under "Add to cart", replaced by the second add.
        var counted = await Chat.WaitForAsync(user.Id, e => e.Kind == "edited" && e.MessageId == card.MessageId
            && e.ReplyMarkup!.Value.GetRawText().Contains("In your cart: 2"), after: card.Seq);
        Assert.Equal(card.ButtonData.Count + 1, counted.ButtonData.Count);
        Assert.Contains(Buttons.Cart, counted.ButtonData);
        Assert.Equal(card.Text, counted.Text);
        var homeAgain = await PressAndWaitForViewAsync(user.Id, card, "home", d => d == "k:view");
        var cart = await PressAndWaitForViewAsync(user.Id, homeAgain, "k:view", d => d.StartsWith("k:inc:"));
        var plus = await PressAndWaitForViewAsync(user.Id, cart, cart.ButtonData.First(d => d.StartsWith("k:inc:")), d => d.StartsWith("k:inc:"));
        var back = await PressAndWaitForViewAsync(user.Id, plus, "home", d => d == "k:view");

        Assert.Contains("cart: 1 item", firstAnswer.Text);
        Assert.Contains("cart: 2 items", secondAnswer.Text);
        Assert.Contains("2 ×", cart.Text);
        Assert.Contains("3 ×", plus.Text);
        Assert.Contains("Checkout (3 items", back.ReplyMarkup!.Value.GetRawText());
    }

    [Fact]
    public async Task The_owner_adds_a_product_with_a_photo_and_a_customer_finds_it()
    {
        var owner = await Chat.CreateUserAsync("Owner", id: ShopUnderTest.OwnerId);
        long seq = 0;
        async Task<ChatEvent> OwnerSays(Func<Task> act)
        {
            await act();
            var reply = await Chat.WaitForAsync(owner.Id, e => e.Kind == "sent", after: seq);
            seq = reply.Seq;
            return reply;
        }

        await OwnerSays(() => Chat.SendTextAsync(owner.Id, "/newproduct"));
        await OwnerSays(() => Chat.SendPhotoAsync(owner.Id, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4]));
        await OwnerSays(() => Chat.SendTextAsync(owner.Id, "Zanzibar vanilla pods"));
        await OwnerSays(() => Chat.SendTextAsync(owner.Id, "Three fragrant pods"));
        var badPrice = await OwnerSays(() => Chat.SendTextAsync(owner.Id, "twelve"));
        await OwnerSays(() => Chat.SendTextAsync(owner.Id, "12,50"));
        var askCategory = await OwnerSays(() => Chat.SendTextAsync(owner.Id, "5"));
        (await Chat.PressAsync(owner.Id, askCategory.MessageId!.Value, askCategory.ButtonData.First(d => d.StartsWith("c:o:pc:")))).EnsureSuccessStatusCode();
        await Chat.WaitForAsync(owner.Id, e => e.Kind is "sent" or "edited" && (e.Text ?? e.Caption ?? "").Contains("Saved"), after: seq);
        var ownerPhoto = (await Chat.GetMessagesAsync(owner.Id)).Single(m => m.From == "user" && m.PhotoFileId != null).PhotoFileId;

        var customer = await Chat.CreateUserAsync("Lea");
        await Chat.SendTextAsync(customer.Id, "/search zanzibar vanila");
        var results = await Chat.WaitForAsync(customer.Id, e => e.Kind == "sent");
        (await Chat.PressAsync(customer.Id, results.MessageId!.Value, results.ButtonData.First(d => d.StartsWith("c:p:")))).EnsureSuccessStatusCode();
        var card = await Chat.WaitForAsync(customer.Id, e => e.Kind is "sent" or "edited" && e.PhotoFileId != null, after: results.Seq);

        Assert.Contains("could not read that as a price", badPrice.Text);
        Assert.Contains("Zanzibar vanilla pods", card.Caption);
        Assert.Contains("12.50", card.Caption);
        Assert.Equal(ownerPhoto, card.PhotoFileId);
    }

    [Fact]
    public async Task A_customer_trying_an_owner_command_is_told_it_is_not_for_them()
    {
        var customer = await Chat.CreateUserAsync("Max");
        await Chat.SendTextAsync(customer.Id, "/newproduct");

        var answer = await Chat.WaitForAsync(customer.Id, e => e.Kind == "sent");

        Assert.Equal("This is for the shop owner.", answer.Text);
    }
}
