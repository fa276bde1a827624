namespace Shop.Telegram;

/// <summary>Removes a bot token from text that may have quoted the request URL.</summary>
internal static class TokenRedactor
{
    public const string Placeholder = "<token>";

    public static string Redact(string text, string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return text;
        }

        var redacted = text.Replace(token, Placeholder, StringComparison.Ordinal);

        // The secret half alone is just as sensitive, and survives a URL-encoded colon.
        var colon = token.IndexOf(':');
        var secret = colon >= 0 ? token[(colon + 1)..] : "";
        return secret.Length > 0 ? redacted.Replace(secret, Placeholder, StringComparison.Ordinal) : redacted;
    }
}
