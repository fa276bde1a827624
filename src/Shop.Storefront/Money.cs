using System.Globalization;

namespace Shop.Storefront;

/// <summary>Prices as a customer reads them: integer minor units shown in the currency's format for their language.</summary>
public static class Money
{
    /// <summary>Formats <paramref name="minor"/> units of <paramref name="currency"/> (ISO 4217) for a Telegram language code.</summary>
    public static string Format(long minor, string currency, string? languageCode)
    {
        var culture = Culture(languageCode);
        var digits = MinorDigits(currency);
        var amount = digits == 0 ? minor : minor / (decimal)Pow10(digits);
        var number = amount.ToString("N" + digits, culture);
        var symbol = Symbol(currency);
        return culture.TwoLetterISOLanguageName == "ru" ? $"{number} {symbol}" : symbol.Length == 1 ? $"{symbol}{number}" : $"{number} {symbol}";
    }

    /// <summary>Digits after the decimal point: 2 for most currencies, 0 for JPY/KRW and Telegram Stars (XTR).</summary>
    public static int MinorDigits(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" or "XTR" or "VND" or "CLP" or "ISK" => 0,
        _ => 2,
    };

    static string Symbol(string currency) => currency.ToUpperInvariant() switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "RUB" => "₽",
        "XTR" => "⭐",
        var other => other,
    };

    static CultureInfo Culture(string? languageCode) =>
        Languages.IsRussian(languageCode)
            ? CultureInfo.GetCultureInfo("ru-RU")
            : CultureInfo.GetCultureInfo("en-US");

    static long Pow10(int digits) => (long)Math.Pow(10, digits);
}
