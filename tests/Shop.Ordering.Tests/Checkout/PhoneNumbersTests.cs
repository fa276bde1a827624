using Shop.Ordering.Checkout;

namespace Shop.Ordering.Tests.Checkout;

public sealed class When_reading_a_phone_number
{
    [Theory]
    [InlineData("+447700900123", "+447700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("+44 (20) 7946-0958", "+442079460958")]
    [InlineData("  +7 912 345-67-89  ", "+79123456789")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    [InlineData("447700900123", "+447700900123")]
    [InlineData("1.212.555.0100", "+12125550100")]
    [InlineData("+1234567", "+1234567")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void An_international_looking_number_is_kept_as_plus_and_digits(string input, string expected)
    {
        Assert.True(PhoneNumbers.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("+")]
    [InlineData("123456")]
    [InlineData("+1234567890123456")]
    [InlineData("020 7946 0958")]
    [InlineData("+0 7946 0958")]
    [InlineData("+44 7700 90012x")]
    [InlineData("++447700900123")]
    [InlineData("44+7700900123")]
    [InlineData("call me maybe")]
    [InlineData("+44 7700 900123 ext 5")]
    [InlineData("+４４７７００９００１２３")]
    [InlineData("+44 7700 900123; DROP TABLE")]
    public void Anything_else_is_refused(string input) => Assert.False(PhoneNumbers.TryNormalize(input, out _));

    [Fact]
    public void Oversize_input_is_refused_even_when_its_digits_would_fit()
    {
        var padded = "+44" + new string(' ', 40) + "7700900123";
        Assert.False(PhoneNumbers.TryNormalize(padded, out _));
        Assert.False(PhoneNumbers.TryNormalize(new string('1', 5000), out _));
    }

    [Fact]
    public void Null_is_refused() => Assert.False(PhoneNumbers.TryNormalize(null, out _));
}
