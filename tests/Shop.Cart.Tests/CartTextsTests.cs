using Shop.Cart.Texts;

namespace Shop.Cart.Tests;

public sealed class When_counting_items
{
    [Theory]
    [InlineData(1, "1 item")]
    [InlineData(2, "2 items")]
    [InlineData(0, "0 items")]
    [InlineData(11, "11 items")]
    public void English_has_one_and_many(int count, string expected) => Assert.Equal(expected, CartTexts.English.Items(count));

    [Theory]
    [InlineData(1, "1 товар")]
    [InlineData(21, "21 товар")]
    [InlineData(2, "2 товара")]
    [InlineData(24, "24 товара")]
    [InlineData(5, "5 товаров")]
    [InlineData(11, "11 товаров")]
    [InlineData(12, "12 товаров")]
    [InlineData(14, "14 товаров")]
    [InlineData(0, "0 товаров")]
    public void Russian_has_three_forms(int count, string expected) => Assert.Equal(expected, CartTexts.Russian.Items(count));
}
