using System.Reflection;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Tests.Checkout;

public sealed class When_choosing_checkout_texts
{
    [Theory]
    [InlineData("ru", "ru")]
    [InlineData("ru-RU", "ru")]
    [InlineData("en", "en")]
    [InlineData("de", "en")]
    [InlineData(null, "en")]
    [InlineData("r", "en")]
    public void Russian_speakers_get_russian_and_everyone_else_english(string? code, string expected) =>
        Assert.Equal(expected, CheckoutTexts.For(code).Language);

    [Fact]
    public void Every_string_is_translated_and_has_the_same_placeholders()
    {
        foreach (var property in typeof(CheckoutTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
        {
            var english = (string)property.GetValue(CheckoutTexts.English)!;
            var russian = (string)property.GetValue(CheckoutTexts.Russian)!;
            Assert.False(string.IsNullOrWhiteSpace(russian), property.Name);
            if (property.Name is not (nameof(CheckoutTexts.LinePrice) or nameof(CheckoutTexts.NameLine) or nameof(CheckoutTexts.PhoneLine)
                or nameof(CheckoutTexts.CommentLine) or nameof(CheckoutTexts.UseNameButton)))
                Assert.NotEqual(english, russian);
            Assert.Equal(Placeholders(english), Placeholders(russian));
        }
    }

    [Theory]
    [InlineData(1, "1 item")]
    [InlineData(2, "2 items")]
    [InlineData(11, "11 items")]
    public void English_has_one_and_many(int count, string expected) => Assert.Equal(expected, CheckoutTexts.English.Items(count));

    [Theory]
    [InlineData(1, "1 товар")]
    [InlineData(21, "21 товар")]
    [InlineData(3, "3 товара")]
    [InlineData(5, "5 товаров")]
    [InlineData(12, "12 товаров")]
    public void Russian_has_three_forms(int count, string expected) => Assert.Equal(expected, CheckoutTexts.Russian.Items(count));

    static string[] Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order().ToArray();
}
