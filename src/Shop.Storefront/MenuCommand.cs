namespace Shop.Storefront;

/// <summary>A command as the bot's menu and help list it, in English and Russian.</summary>
public sealed record MenuCommand(string Command, string English, string Russian)
{
    public string Description(string? languageCode) => Languages.IsRussian(languageCode) ? Russian : English;
}
