using System.Globalization;
using Shop.Storefront;

namespace Shop.Catalog.Owner;

/// <summary>Reads a price as an owner types it (<c>12.50</c>, <c>12,50</c>, <c>1 200</c>) into integer minor units.</summary>
public static class PriceParser
{
    /// <summary>Prices are below a million in major units; the upper bound keeps typos like 1250000 from going live.</summary>
    public const long MaxMajor = 1_000_000;

    public static PriceProblem TryParse(string text, string currency, out long minor)
    {
        minor = 0;
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length is 0 or > 20) return PriceProblem.NotANumber;
        var separator = compact.IndexOfAny(['.', ',']);
        if (separator >= 0 && compact.IndexOfAny(['.', ','], separator + 1) >= 0) return PriceProblem.NotANumber;
        var whole = separator < 0 ? compact : compact[..separator];
        var fraction = separator < 0 ? "" : compact[(separator + 1)..];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit)) return PriceProblem.NotANumber;
        if (separator >= 0 && fraction.Length == 0) return PriceProblem.NotANumber;
        var digits = Money.MinorDigits(currency);
        var significant = fraction.TrimEnd('0');
        if (significant.Length > digits) return PriceProblem.TooManyDecimals;
        if (whole.TrimStart('0').Length > 7) return PriceProblem.OutOfRange;
        var major = long.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
        var scale = (long)Math.Pow(10, digits);
        var minorPart = digits == 0 ? 0 : long.Parse(significant.PadRight(digits, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        var value = major * scale + minorPart;
        if (value <= 0 || major >= MaxMajor) return PriceProblem.OutOfRange;
        minor = value;
        return PriceProblem.None;
    }
}
