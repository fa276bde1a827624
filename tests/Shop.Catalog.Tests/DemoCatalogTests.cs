using Shop.Contracts.Catalog;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Catalog.Tests;

public sealed class When_the_shop_runs_against_the_sandbox(DemoCatalogUnderTest catalog) : IClassFixture<DemoCatalogUnderTest>
{
    [Fact]
    public async Task The_demo_catalog_is_loaded_and_published_with_sandbox_photos()
    {
        var espresso = Demo.DemoCatalog.ProductId("espresso");

        var published = await catalog.Recorded.WaitForAsync<ProductChanged>(p => p.ProductId == espresso);
        await catalog.Recorded.WaitForAsync<CategoryChanged>(c => c.CategoryId == published.CategoryId);

        Assert.Equal($"{CatalogUnderTest.SandboxUrl}/sandbox/demo/espresso.svg", published.PhotoFileId);
        Assert.InRange(await catalog.Database.ScalarAsync("SELECT count(*) FROM catalog.products"), 10, 20);
    }

    [Fact]
    public async Task A_customer_opens_a_demo_product_card_with_its_photo()
    {
        var espresso = Demo.DemoCatalog.ProductId("espresso");
        var customer = 6001;

        await catalog.PressAsync(customer, Buttons.Product(espresso), messageId: 10);
        var card = await catalog.Recorded.WaitForAsync<EditChatMessage>(e => e.ChatId == customer);

        Assert.Equal($"{CatalogUnderTest.SandboxUrl}/sandbox/demo/espresso.svg", card.Content.PhotoFileId);
        Assert.Contains("Espresso Blend", card.Content.Text);
    }
}
