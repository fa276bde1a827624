using Shop.Contracts.Telegram;
using Shop.Storefront.Routing;

namespace Shop.Ingress.Turns;

/// <summary>
/// Decides, from the routing table and who holds the user's conversation (a conversation handler's queue name, or null),
/// where one update goes. Pure, so every route can be tested without a bus.
/// </summary>
public static class TurnRules
{
    public static TurnTarget Decide(object update, string? conversation, Routes? routes = null)
    {
        routes ??= RouteTable.Current;
        var held = conversation is null ? null : routes.ForConversation(conversation);
        return update switch
        {
            ButtonPressed press => routes.ForButton(press.Data) is { } handler ? TurnTarget.To(handler) : TurnTarget.Answer(Fallback.StaleButton),
            CommandReceived { Command: RouteTable.Cancel } => Takes(held, InputKinds.Cancel) ?? TurnTarget.Answer(Fallback.NothingToCancel),
            CommandReceived command => routes.ForCommand(command.Command) is { } handler
                ? TurnTarget.To(handler) : TurnTarget.Answer(Fallback.UnknownCommand),
            TextReceived => Takes(held, InputKinds.Text) ?? TurnTarget.Answer(Fallback.StrayInput),
            PhotoReceived => Takes(held, InputKinds.Photo) ?? TurnTarget.Answer(Fallback.StrayInput),
            ContactShared => Takes(held, InputKinds.Contact) ?? TurnTarget.Answer(Fallback.StrayInput),
            _ => throw new ArgumentException($"{update.GetType().Name} is not a user's update", nameof(update)),
        };
    }

    /// <summary>What the Ingress answers instead when the handler declined the update (it waited for nothing after all).</summary>
    public static Fallback? WhenDeclined(object update) => update switch
    {
        CommandReceived { Command: RouteTable.Cancel } => Fallback.NothingToCancel,
        TextReceived or PhotoReceived or ContactShared => Fallback.StrayInput,
        _ => null,
    };

    /// <summary>Whether the update needs the user's conversation looked up.</summary>
    public static bool NeedsConversation(object update) =>
        update is TextReceived or PhotoReceived or ContactShared or CommandReceived { Command: RouteTable.Cancel };

    static TurnTarget? Takes(UpdateHandler? held, InputKinds kind) => held is not null && held.Takes.HasFlag(kind) ? TurnTarget.To(held) : null;
}
