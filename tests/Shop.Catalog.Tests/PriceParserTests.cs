using Shop.Catalog.Owner;

namespace Shop.Catalog.Tests;

public sealed class When_the_owner_types_a_price
{
    [Theory]
    [InlineData("12.50", 1250)]
    [InlineData("12,50", 1250)]
    [InlineData("12,5", 1250)]
    [InlineData("12", 1200)]
    [InlineData(" 12.05 ", 1205)]
    [InlineData("0.99", 99)]
    [InlineData("1 200,00", 120000)]
    [InlineData("12.500", 1250)]
    [InlineData("999999.99", 99999999)]
    public void It_is_read_as_minor_units(string text, long minor)
    {
        Assert.Equal(PriceProblem.None, PriceParser.TryParse(text, "EUR", out var parsed));
        Assert.Equal(minor, parsed);
    }

    [Theory]
    [InlineData("", PriceProblem.NotANumber)]
    [InlineData("twelve", PriceProblem.NotANumber)]
    [InlineData("12.50 EUR", PriceProblem.NotANumber)]
    [InlineData("1,200.50", PriceProblem.NotANumber)]
    [InlineData("-5", PriceProblem.NotANumber)]
    [InlineData("12.", PriceProblem.NotANumber)]
    [InlineData(".5", PriceProblem.NotANumber)]
    [InlineData("1e3", PriceProblem.NotANumber)]
    [InlineData("12.345", PriceProblem.TooManyDecimals)]
    [InlineData("0", PriceProblem.OutOfRange)]
    [InlineData("0.00", PriceProblem.OutOfRange)]
    [InlineData("1000000", PriceProblem.OutOfRange)]
    [InlineData("99999999999999999", PriceProblem.OutOfRange)]
    public void A_price_it_cannot_take_is_refused_with_the_reason(string text, PriceProblem problem) =>
        Assert.Equal(problem, PriceParser.TryParse(text, "EUR", out _));

    [Fact]
    public void A_currency_without_minor_units_takes_whole_numbers_only()
    {
        Assert.Equal(PriceProblem.None, PriceParser.TryParse("1500", "JPY", out var yen));
        Assert.Equal(1500, yen);
        Assert.Equal(PriceProblem.TooManyDecimals, PriceParser.TryParse("15.50", "JPY", out _));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 17 ", 17)]
    [InlineData("1000000", 1000000)]
    public void Stock_is_a_non_negative_whole_number(string text, int stock) => Assert.Equal(stock, OwnerInput.Stock(text));

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("ten")]
    [InlineData("1000001")]
    [InlineData("")]
    public void Anything_else_is_not_stock(string text) => Assert.Null(OwnerInput.Stock(text));

    [Fact]
    public void Titles_and_descriptions_over_their_limits_are_refused()
    {
        Assert.Null(OwnerInput.Title(new string('x', 101)));
        Assert.Equal(new string('x', 100), OwnerInput.Title(new string('x', 100)));
        Assert.Null(OwnerInput.Description(new string('x', 1001)));
        Assert.Null(OwnerInput.Title("   "));
        Assert.Equal("Tea", OwnerInput.CategoryTitle("  Tea "));
    }
}
