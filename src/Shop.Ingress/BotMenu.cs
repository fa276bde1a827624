using Shop.Storefront;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>The command menus Telegram shows: customers' for everyone, the owners' in each owner's chat; English by default, Russian for "ru".</summary>
public static class BotMenu
{
    public static IReadOnlyList<BotCommand> Customer(string? languageCode) => Of(CommandMenu.Customer, languageCode);

    public static IReadOnlyList<BotCommand> Owner(string? languageCode) => Of(CommandMenu.Owner, languageCode);

    /// <summary>Every setMyCommands call the menus need: the default menu and one per owner chat, each in both languages.</summary>
    public static IEnumerable<SetMyCommandsRequest> Requests(IEnumerable<long> owners)
    {
        foreach (var language in new string?[] { null, "ru" })
        {
            yield return new SetMyCommandsRequest(Customer(language), language);
            foreach (var owner in owners) yield return new SetMyCommandsRequest(Owner(language), language, BotCommandScope.Chat(owner));
        }
    }

    static IReadOnlyList<BotCommand> Of(IReadOnlyList<MenuCommand> commands, string? languageCode) =>
        commands.Select(c => new BotCommand(c.Command, c.Description(languageCode))).ToList();
}
