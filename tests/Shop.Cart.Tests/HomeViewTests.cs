using System.Text;
using Shop.Cart.Home;
using Shop.Cart.Shopping;
using Shop.Cart.Texts;

namespace Shop.Cart.Tests;

public sealed class When_rendering_the_home_view
{
    [Fact]
    public void It_greets_the_user_by_name_and_offers_catalog_cart_and_help()
    {
        var view = HomeView.Home(CartTexts.English, "Ann", CartContents.Empty);

        Assert.StartsWith("Hello, Ann!", view.Text);
        var data = view.Keyboard!.Rows.SelectMany(row => row).Select(button => button.CallbackData).ToList();
        Assert.Equal([HomeView.CatalogData, HomeView.CartData, HomeView.HelpData], data);
    }

    [Fact]
    public void With_items_in_the_cart_it_offers_checkout_with_count_and_total_the_cart_and_resuming_shopping()
    {
        var view = HomeView.Home(CartTexts.English, "Ann", Carts.With(Carts.Mug, 3));

        var buttons = view.Keyboard!.Rows.SelectMany(row => row).ToList();
        Assert.Equal("✅ Checkout (3 items, $37.50)", buttons[0].Text);
        Assert.Equal(CartButtons.Checkout, buttons[0].CallbackData);
        Assert.Equal([CartButtons.Checkout, HomeView.CartData, HomeView.CatalogData, HomeView.HelpData], buttons.Select(b => b.CallbackData));
        Assert.Contains("In your cart: 3 items for $37.50.", view.Text);
    }

    [Fact]
    public void A_cart_with_nothing_buyable_left_shows_the_usual_buttons()
    {
        var view = HomeView.Home(CartTexts.English, "Ann", Carts.With(Carts.Product("Gone", 100, stock: 0), 2));

        var data = view.Keyboard!.Rows.SelectMany(row => row).Select(button => button.CallbackData).ToList();
        Assert.Equal([HomeView.CatalogData, HomeView.CartData, HomeView.HelpData], data);
        Assert.DoesNotContain("In your cart", view.Text);
    }

    [Theory]
    [InlineData("ru", "Здравствуйте")]
    [InlineData("ru-RU", "Здравствуйте")]
    [InlineData("en", "Hello")]
    [InlineData("de", "Hello")]
    [InlineData(null, "Hello")]
    public void The_language_follows_the_user(string? languageCode, string greeting) =>
        Assert.StartsWith(greeting, HomeView.Home(CartTexts.For(languageCode), "X", CartContents.Empty).Text);

    [Fact]
    public void Help_leads_back_home()
    {
        var view = HomeView.Help(CartTexts.English);

        var button = Assert.Single(view.Keyboard!.Rows.SelectMany(row => row));
        Assert.Equal(HomeView.HomeData, button.CallbackData);
    }

    [Fact]
    public void Every_text_fits_telegram_and_every_button_fits_its_64_byte_limit()
    {
        foreach (var texts in new[] { CartTexts.English, CartTexts.Russian })
        {
            foreach (var view in new[] { HomeView.Home(texts, new string('x', 64), CartContents.Empty), HomeView.Home(texts, "Ann", Carts.With(Carts.Mug, 3)), HomeView.Help(texts) })
            {
                Assert.InRange(view.Text.Length, 1, 4096);
                Assert.All(view.Keyboard!.Rows.SelectMany(row => row),
                    button => Assert.InRange(Encoding.UTF8.GetByteCount(button.CallbackData!), 1, 64));
            }
        }
    }

    [Fact]
    public void Both_languages_fill_every_text()
    {
        foreach (var texts in new[] { CartTexts.English, CartTexts.Russian })
            Assert.All(typeof(CartTexts).GetProperties().Where(p => p.PropertyType == typeof(string)),
                property => Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(texts)), property.Name));
    }
}
