namespace Shop.Storefront;

/// <summary>The shop speaks English and Russian; Telegram's language code picks one.</summary>
public static class Languages
{
    public static bool IsRussian(string? languageCode) =>
        languageCode is { Length: >= 2 } code && code.StartsWith("ru", StringComparison.OrdinalIgnoreCase);
}
