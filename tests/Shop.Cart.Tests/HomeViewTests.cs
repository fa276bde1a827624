using System.Text;
using Shop.Cart.Home;
using Shop.Cart.Texts;

namespace Shop.Cart.Tests;

public sealed class When_rendering_the_home_view
{
    [Fact]
    public void It_greets_the_user_by_name_and_offers_catalog_cart_and_help()
    {
        var view = HomeView.Home(CartTexts.English, "Ann");

        Assert.StartsWith("Hello, Ann!", view.Text);
        var data = view.Keyboard!.Rows.SelectMany(row => row).Select(button => button.CallbackData).ToList();
        Assert.Equal([HomeView.CatalogData, HomeView.CartData, HomeView.HelpData], data);
    }

    [Theory]
    [InlineData("ru", "Здравствуйте")]
    [InlineData("ru-RU", "Здравствуйте")]
    [InlineData("en", "Hello")]
    [InlineData("de", "Hello")]
    [InlineData(null, "Hello")]
    public void The_language_follows_the_user(string? languageCode, string greeting) =>
        Assert.StartsWith(greeting, HomeView.Home(CartTexts.For(languageCode), "X").Text);

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
            foreach (var view in new[] { HomeView.Home(texts, new string('x', 64)), HomeView.Help(texts) })
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
