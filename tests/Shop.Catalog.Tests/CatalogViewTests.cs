using System.Text;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Owner;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Catalog.Tests;

public sealed class When_rendering_the_catalog
{
    static readonly CatalogTexts En = CatalogTexts.English;

    static IReadOnlyList<string> Data(MessageContent view) =>
        view.Keyboard!.Rows.SelectMany(row => row).Select(button => button.CallbackData!).ToList();

    [Fact]
    public void Categories_offer_each_category_then_search_and_home()
    {
        var coffee = Samples.Category("Coffee");
        var tea = Samples.Category("Tea");

        var view = CatalogView.Categories(En, [coffee, tea]);

        Assert.Equal([Buttons.Category(coffee.Id), Buttons.Category(tea.Id), Buttons.Search, Buttons.Home], Data(view));
        Assert.Contains("Choose a category", view.Text);
    }

    [Fact]
    public void An_empty_catalog_says_so()
    {
        var view = CatalogView.Categories(En, []);

        Assert.Contains("empty", view.Text);
        Assert.Contains(Buttons.Home, Data(view));
    }

    [Fact]
    public void A_category_is_paged_six_at_a_time_with_previous_and_next()
    {
        var category = Samples.Category();
        var products = Enumerable.Range(1, 13).Select(i => Samples.Product(category, $"Item {i:00}")).ToList();

        var first = CatalogView.ProductList(En, category, products, 0, 6, isOwner: false);
        var middle = CatalogView.ProductList(En, category, products, 1, 6, isOwner: false);
        var last = CatalogView.ProductList(En, category, products, 2, 6, isOwner: false);

        Assert.Equal(products.Take(6).Select(p => Buttons.Product(p.Id)), Data(first).Take(6));
        Assert.Contains(Buttons.Category(category.Id, 1), Data(first));
        Assert.DoesNotContain(Data(first), d => d.StartsWith($"c:cat:{category.Id:N}:", StringComparison.Ordinal) && d.EndsWith(":-1", StringComparison.Ordinal));
        Assert.Contains(Buttons.Category(category.Id, 0), Data(middle));
        Assert.Contains(Buttons.Category(category.Id, 2), Data(middle));
        Assert.Equal([Buttons.Product(products[12].Id), Buttons.Category(category.Id, 1), Buttons.Categories, Buttons.Home], Data(last));
        Assert.Contains("Page 3 of 3", last.Text);
    }

    [Fact]
    public void A_page_past_the_end_shows_the_last_page()
    {
        var category = Samples.Category();
        var products = Enumerable.Range(1, 7).Select(i => Samples.Product(category, $"Item {i}")).ToList();

        var view = CatalogView.ProductList(En, category, products, 40, 6, isOwner: false);

        Assert.Contains("Page 2 of 2", view.Text);
        Assert.Contains(Buttons.Product(products[6].Id), Data(view));
    }

    [Fact]
    public void A_product_card_shows_photo_price_stock_and_a_stepper_bounded_by_stock()
    {
        var category = Samples.Category();
        var product = Samples.Product(category, stock: 3, photo: "photo-file-id");

        var atOne = CatalogView.ProductCard(En, product, 1, 0, isOwner: false);
        var atThree = CatalogView.ProductCard(En, product, 3, 0, isOwner: false);
        var overStock = CatalogView.ProductCard(En, product, 9, 0, isOwner: false);

        Assert.Equal("photo-file-id", atOne.PhotoFileId);
        Assert.Contains("€12.50", atOne.Text);
        Assert.Contains("In stock: 3", atOne.Text);
        Assert.Equal([CatalogCallback.NothingData, CatalogCallback.NothingData, Buttons.Product(product.Id, 2), Buttons.AddToCart(product.Id, 1),
            Buttons.Category(category.Id, 0), Buttons.Home], Data(atOne));
        Assert.Equal(Buttons.Product(product.Id, 2), Data(atThree)[0]);
        Assert.Equal(CatalogCallback.NothingData, Data(atThree)[2]);
        Assert.Contains(Buttons.AddToCart(product.Id, 3), Data(atThree));
        Assert.Contains(Buttons.AddToCart(product.Id, 3), Data(overStock));
    }

    [Fact]
    public void An_out_of_stock_product_cannot_be_added_to_the_cart()
    {
        var category = Samples.Category();
        var product = Samples.Product(category, stock: 0);

        var view = CatalogView.ProductCard(En, product, 1, 0, isOwner: false);

        Assert.Contains("Out of stock", view.Text);
        Assert.DoesNotContain(Data(view), d => d.StartsWith(Buttons.CartPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void The_owner_sees_the_buttons_that_change_the_product_and_customers_do_not()
    {
        var category = Samples.Category();
        var product = Samples.Product(category);

        var owner = Data(CatalogView.ProductCard(En, product, 1, 0, isOwner: true));
        var customer = Data(CatalogView.ProductCard(En, product, 1, 0, isOwner: false));

        foreach (var field in Enum.GetValues<ProductField>()) Assert.Contains(CatalogCallback.Edit(product.Id, field), owner);
        Assert.Contains(CatalogCallback.Toggle(product.Id), owner);
        Assert.DoesNotContain(customer, d => d.StartsWith("c:o:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_description_gives_way_so_the_caption_fits_and_price_still_shows()
    {
        var category = Samples.Category();
        var product = Samples.Product(category, title: new string('T', 100), photo: "photo", description: new string('d', 1000));

        var view = CatalogView.ProductCard(En, product, 1, 0, isOwner: true, notice: En.Saved);

        Assert.InRange(view.Text.Length, 1, CatalogView.MaxCaptionLength);
        Assert.Contains("€12.50", view.Text);
        Assert.Contains("…", view.Text);
    }

    [Fact]
    public void Nothing_found_suggests_the_categories()
    {
        var coffee = Samples.Category("Coffee");

        var view = CatalogView.SearchResults(En, "unicorn", [], [coffee]);

        Assert.Contains("Nothing found for “unicorn”", view.Text);
        Assert.Contains(Buttons.Category(coffee.Id), Data(view));
        Assert.Contains(Buttons.Search, Data(view));
    }

    [Fact]
    public void The_owner_chooses_the_new_products_category_with_buttons()
    {
        var coffee = Samples.Category("Coffee");

        var view = OwnerView.ChooseCategory(En, [coffee]);

        Assert.Equal([CatalogCallback.Choose(coffee.Id), CatalogCallback.NewCategoryData], Data(view));
    }

    [Fact]
    public void Every_text_fits_telegram_and_every_button_fits_its_64_byte_limit()
    {
        var category = Samples.Category(new string('C', Category.MaxTitleLength));
        var products = Enumerable.Range(1, 20)
            .Select(i => Samples.Product(category, new string('P', Product.MaxTitleLength), stock: 9999, description: new string('D', 1000)))
            .ToList();
        foreach (var texts in new[] { CatalogTexts.English, CatalogTexts.Russian })
        {
            var views = new List<MessageContent>
            {
                CatalogView.Categories(texts, [category, category, category]),
                CatalogView.ProductList(texts, category, products, 999, 6, isOwner: true),
                CatalogView.ProductList(texts, category, products, 1, 6, isOwner: true),
                CatalogView.ProductCard(texts, products[0], 9998, 999, isOwner: true, texts.Saved),
                CatalogView.SearchPrompt(texts),
                CatalogView.SearchResults(texts, new string('q', 100), products.Take(10).ToList(), []),
                OwnerView.ChooseCategory(texts, [category]),
            };
            foreach (var view in views)
            {
                Assert.InRange(view.Text.Length, 1, CatalogView.MaxTextLength);
                Assert.All(view.Keyboard!.Rows.SelectMany(row => row),
                    button => Assert.InRange(Encoding.UTF8.GetByteCount(button.CallbackData!), 1, 64));
            }
        }
        Assert.InRange(Encoding.UTF8.GetByteCount(CatalogCallback.Edit(Guid.NewGuid(), ProductField.Description)), 1, 64);
    }

    [Theory]
    [InlineData("ru", "Каталог")]
    [InlineData("ru-RU", "Каталог")]
    [InlineData("en", "Catalog")]
    [InlineData("de", "Catalog")]
    [InlineData(null, "Catalog")]
    public void The_language_follows_the_user(string? languageCode, string word) =>
        Assert.Contains(word, CatalogView.Categories(CatalogTexts.For(languageCode), [Samples.Category()]).Text);

    [Fact]
    public void Prices_follow_the_users_language()
    {
        var product = Samples.Product(Samples.Category());

        Assert.Contains("12,50 €", CatalogView.ProductCard(CatalogTexts.Russian, product, 1, 0, isOwner: false).Text);
    }

    [Fact]
    public void Both_languages_fill_every_text()
    {
        foreach (var texts in new[] { CatalogTexts.English, CatalogTexts.Russian })
            Assert.All(typeof(CatalogTexts).GetProperties().Where(p => p.PropertyType == typeof(string)),
                property => Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(texts)), property.Name));
    }
}
