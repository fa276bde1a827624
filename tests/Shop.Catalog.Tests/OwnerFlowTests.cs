using Shop.Catalog.Data;
using Shop.Contracts.Catalog;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Catalog.Tests;

/// <summary>Owner management in chat and customer browsing against the running worker (real RabbitMQ and PostgreSQL).</summary>
public sealed class When_the_owner_manages_the_catalog(CatalogUnderTest catalog) : IClassFixture<CatalogUnderTest>
{
    [Fact]
    public async Task A_product_added_step_by_step_with_a_photo_is_published_shown_and_searchable()
    {
        var owner = CatalogUnderTest.Owners[0];
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "newcategory", "Coffee"), owner, "Category “Coffee” added");
        var category = await catalog.Recorded.WaitForAsync<CategoryChanged>(c => c.Title == "Coffee");

        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "newproduct"), owner, "Send its photo");
        await catalog.ReplyToAsync(() => catalog.PhotoAsync(owner, "AgACAgIAAxk-espresso-photo"), owner, "Send the product's title");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, new string('x', 101)), owner, "The title must be 1 to 100 characters");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "Espresso Beans"), owner, "Send the description");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "Dark roast, notes of cocoa."), owner, "Send the price");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "twelve"), owner, "I could not read that as a price");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "12,50"), owner, "How many are in stock");
        var choice = await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "7"), owner, "Choose the product's category");
        Assert.Contains(CatalogCallback.Choose(category.CategoryId), Data(choice.Content));
        await catalog.PressAsync(owner, CatalogCallback.Choose(category.CategoryId), messageId: 501);

        var product = await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.Title == "Espresso Beans");
        Assert.Equal((category.CategoryId, 1250L, "EUR", "AgACAgIAAxk-espresso-photo", 7, true, 1L),
            (product.CategoryId, product.PriceMinor, product.Currency, product.PhotoFileId, product.Stock, product.Active, product.Version));
        var card = await catalog.Recorded.WaitForAsync<EditChatMessage>(e => e.ChatId == owner && e.MessageId == 501);
        Assert.Equal("AgACAgIAAxk-espresso-photo", card.Content.PhotoFileId);
        Assert.Contains("✅ Saved.", card.Content.Text);

        var customer = 5001;
        var found = await catalog.ReplyToAsync(() => catalog.CommandAsync(customer, "search", "esspreso"), customer, "Found for");
        Assert.Contains(Buttons.Product(product.ProductId), Data(found.Content));
    }

    [Fact]
    public async Task A_customer_trying_owner_commands_is_refused_and_nothing_changes()
    {
        var customer = 5002;
        await catalog.ReplyToAsync(() => catalog.CommandAsync(customer, "newproduct"), customer, "This is for the shop owner.");
        await catalog.ReplyToAsync(() => catalog.CommandAsync(customer, "newcategory", "Stolen goods"), customer, "This is for the shop owner.");
        var forged = await catalog.PressAsync(customer, CatalogCallback.Toggle(Guid.NewGuid()));
        var alert = await catalog.Recorded.WaitForAsync<AnswerButtonPress>(a => a.CallbackQueryId == forged);

        Assert.True(alert.ShowAlert);
        Assert.Equal("This is for the shop owner.", alert.Text);
        Assert.Equal(0, await catalog.Database.ScalarAsync($"SELECT count(*) FROM catalog.owner_conversations WHERE owner_id = {customer}"));
        Assert.Equal(0, await catalog.Database.ScalarAsync("SELECT count(*) FROM catalog.categories WHERE title = 'Stolen goods'"));
    }

    [Fact]
    public async Task A_redelivered_reply_changes_the_product_once_and_says_nothing_again()
    {
        var owner = CatalogUnderTest.Owners[1];
        var product = await AddProductAsync(owner, "Green Tea", "Fresh.");
        var after = catalog.Recorded.Count;
        await catalog.ReplyToAsync(() => catalog.PressAsync(owner, CatalogCallback.Edit(product.ProductId, ProductField.Stock)), owner,
            "Send the new stock for “Green Tea”");

        var reply = await catalog.TextAsync(owner, "42");
        await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.ProductId == product.ProductId && p.Stock == 42);
        var copy = catalog.Recorded.Count;
        await catalog.TextAsync(owner, "42", messageId: reply);
        // The outbox's inbox knows the copy: the stored messages went out with the first, so it changes and sends nothing.
        await catalog.ConsumedAsync(reply, "catalog-owner-reply", copy);

        Assert.Equal(2, await catalog.Database.ScalarAsync($"SELECT version FROM catalog.products WHERE id = '{product.ProductId}'"));
        Assert.Single(catalog.Recorded.All<ProductChanged>(after), p => p.Message.ProductId == product.ProductId);
        Assert.Single(catalog.Recorded.All<SendChatMessage>(after), m => m.Message.Content.Text.Contains("In stock: 42"));
    }

    [Fact]
    public async Task Hiding_a_product_bumps_its_version_and_customers_no_longer_see_it()
    {
        var owner = CatalogUnderTest.Owners[2];
        var product = await AddProductAsync(owner, "Masala Chai", "Spiced.");

        var hide = await catalog.PressAsync(owner, CatalogCallback.Toggle(product.ProductId));
        var hidden = await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.ProductId == product.ProductId && !p.Active);
        var toast = await catalog.Recorded.WaitForAsync<AnswerButtonPress>(a => a.CallbackQueryId == hide);
        var customerPress = await catalog.PressAsync(5003, Buttons.Product(product.ProductId));
        var refused = await catalog.Recorded.WaitForAsync<AnswerButtonPress>(a => a.CallbackQueryId == customerPress);

        Assert.Equal(product.Version + 1, hidden.Version);
        Assert.Equal("Hidden from customers.", toast.Text);
        Assert.True(refused.ShowAlert);
        Assert.Equal("This product is no longer available.", refused.Text);
    }

    [Fact]
    public async Task Cancel_leaves_a_step_without_changing_anything()
    {
        var owner = CatalogUnderTest.Owners[3];
        var product = await AddProductAsync(owner, "Earl Grey", "Bergamot.");
        await catalog.ReplyToAsync(() => catalog.PressAsync(owner, CatalogCallback.Edit(product.ProductId, ProductField.Price)), owner,
            "Send the new price for “Earl Grey”");

        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "cancel"), owner, "Cancelled.");
        // The step is over: the catalog declines what comes to it now, and the Ingress answers (see the end-to-end tests).
        await catalog.ConsumedAsync(await catalog.TextAsync(owner, "99"), "catalog-owner-reply");

        Assert.Equal(product.PriceMinor, await catalog.Database.ScalarAsync($"SELECT price_minor FROM catalog.products WHERE id = '{product.ProductId}'"));
    }

    [Fact]
    public async Task A_customer_browses_in_one_message_and_forged_data_gets_an_alert()
    {
        var product = await AddProductAsync(CatalogUnderTest.Owners[0], "Stoneware Mug", "Hand-glazed.");
        var customer = 5004;

        await catalog.PressAsync(customer, Buttons.Categories, messageId: 900);
        var categories = await catalog.Recorded.WaitForAsync<EditChatMessage>(e => e.ChatId == customer && e.Content.Text.Contains("Choose a category"));
        await catalog.PressAsync(customer, Buttons.Category(product.CategoryId), messageId: 900);
        var list = await catalog.Recorded.WaitForAsync<EditChatMessage>(e => e.ChatId == customer && Data(e.Content).Contains(Buttons.Product(product.ProductId)));
        await catalog.PressAsync(customer, Buttons.Product(product.ProductId, 2), messageId: 900);
        var card = await catalog.Recorded.WaitForAsync<EditChatMessage>(e => e.ChatId == customer && Data(e.Content).Contains(Buttons.AddToCart(product.ProductId, 2)));
        var forged = await catalog.PressAsync(customer, "c:p:not-a-product", messageId: 900);
        var alert = await catalog.Recorded.WaitForAsync<AnswerButtonPress>(a => a.CallbackQueryId == forged);

        Assert.All(new[] { categories, list, card }, e => Assert.Equal(900, e.MessageId));
        Assert.DoesNotContain(Data(card.Content), d => d.StartsWith("c:o:", StringComparison.Ordinal));
        Assert.True(alert.ShowAlert);
        Assert.DoesNotContain(catalog.Recorded.All<SendChatMessage>(), m => m.Message.ChatId == customer);
    }

    [Fact]
    public async Task The_search_button_waits_for_the_next_text()
    {
        var product = await AddProductAsync(CatalogUnderTest.Owners[0], "Café Crème", "A mild roast.");
        var customer = 5005;

        await catalog.PressAsync(customer, Buttons.Search, messageId: 901, languageCode: "ru");
        await catalog.Recorded.WaitForAsync<EditChatMessage>(e => e.ChatId == customer && e.Content.Text.Contains("Что вы ищете"));
        var results = await catalog.ReplyToAsync(() => catalog.TextAsync(customer, "CAFE creme"), customer, "Found for");
        await catalog.TextAsync(customer, "just chatting");
        var nothing = await catalog.ReplyToAsync(() => catalog.CommandAsync(customer, "search", "unicorn saddle"), customer, "Nothing found");

        Assert.Contains(Buttons.Product(product.ProductId), Data(results.Content));
        Assert.Contains(Buttons.Category(product.CategoryId), Data(nothing.Content));
        Assert.Equal(2, catalog.Recorded.All<SendChatMessage>().Count(m => m.Message.ChatId == customer));
    }

    [Fact]
    public async Task The_catalog_starts_empty_when_not_in_sandbox_mode() =>
        Assert.Equal(0, await catalog.Database.ScalarAsync(
            $"SELECT count(*) FROM catalog.products WHERE id = '{Demo.DemoCatalog.ProductId("espresso")}'"));

    static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The condition was never reached.");
            await Task.Delay(50);
        }
    }

    static IReadOnlyList<string> Data(MessageContent content) =>
        content.Keyboard?.Rows.SelectMany(r => r).Select(b => b.CallbackData ?? "").ToList() ?? [];

    /// <summary>The whole new-product flow without a photo, step by step as a person would type it, into a new category.</summary>
    async Task<ProductChanged> AddProductAsync(long owner, string title, string description)
    {
        var categoryTitle = $"Shelf {title}";
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "newcategory", categoryTitle), owner, categoryTitle);
        var category = await catalog.Recorded.WaitForAsync<CategoryChanged>(c => c.Title == categoryTitle);
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "newproduct"), owner, "Send its photo");
        await catalog.ReplyToAsync(() => catalog.CommandAsync(owner, "skip"), owner, "title");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, title), owner, "description");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, description), owner, "price");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "9.90"), owner, "stock");
        await catalog.ReplyToAsync(() => catalog.TextAsync(owner, "5"), owner, "category");
        var after = catalog.Recorded.Count;
        await catalog.PressAsync(owner, CatalogCallback.Choose(category.CategoryId));
        return await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.Title == title, after);
    }
}
