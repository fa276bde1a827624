namespace Shop.Ordering.Checkout;

/// <summary>
/// Reads a phone number as people type it ("+44 (20) 7946-0958", "0044 20 7946 0958") and keeps it as <c>+digits</c>.
/// Only international-looking numbers pass: 7 to 15 digits (E.164) after an optional + or 00, never starting with 0,
/// since a trunk 0 means the country code is missing and staff could not tell which country to call.
/// </summary>
public static class PhoneNumbers
{
    public const int MinDigits = 7;
    public const int MaxDigits = 15;

    /// <summary>"+" and at most 15 digits.</summary>
    public const int MaxNormalizedLength = MaxDigits + 1;

    /// <summary>Longer input is refused before it is read: no formatting needs this many characters.</summary>
    public const int MaxInputLength = 32;

    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = "";
        if (input is null) return false;
        var text = input.Trim();
        if (text.Length is 0 or > MaxInputLength) return false;
        var plus = text[0] == '+';
        var digits = new System.Text.StringBuilder(MaxDigits + 2);
        for (var i = plus ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9') digits.Append(c);
            else if (c is not (' ' or '-' or '(' or ')' or '.')) return false;
        }
        var number = digits.ToString();
        // 00 is how much of the world dials out; after it comes the country code, as after a +.
        if (!plus && number.StartsWith("00", StringComparison.Ordinal)) number = number[2..];
        if (number.Length is < MinDigits or > MaxDigits || number[0] == '0') return false;
        normalized = "+" + number;
        return true;
    }
}
