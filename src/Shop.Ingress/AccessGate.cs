using Shop.Contracts.Telegram;
using Shop.Storefront;

namespace Shop.Ingress;

/// <summary>
/// The private-shop gate: what a user may get through to the shop, decided from the message and what the replica knows of
/// its sender. Payments and membership changes always pass: they are Telegram's reports, not requests to the shop.
/// </summary>
public static class AccessGate
{
    public static GateDecision Decide(object message, Func<long, AccessVerdict> check)
    {
        if (Sender(message) is not { } userId) return GateDecision.Publish;
        return check(userId) switch
        {
            AccessVerdict.Allowed => GateDecision.Publish,
            AccessVerdict.Unknown => GateDecision.Hold,
            _ => Blocked(message),
        };
    }

    static GateDecision Blocked(object message) => message switch
    {
        CommandReceived command when PrivateShopScreen.OpenCommands.Contains(command.Command) => GateDecision.SendToAccess,
        ButtonPressed press => GateDecision.Answer(new AnswerButtonPress(press.CallbackQueryId, PrivateShopScreen.ButtonAlert, ShowAlert: true)),
        CommandReceived command => Explain(command.ChatId),
        TextReceived text => Explain(text.ChatId),
        PhotoReceived photo => Explain(photo.ChatId),
        ContactShared contact => Explain(contact.ChatId),
        _ => GateDecision.Publish,
    };

    static GateDecision Explain(long chatId) => GateDecision.Answer(new SendChatMessage(chatId, PrivateShopScreen.Explanation()));

    /// <summary>The user behind a message the gate applies to (a user's update, routed per user); null for the kinds that always pass.</summary>
    public static long? Sender(object message) => message switch
    {
        CommandReceived m => m.From.Id,
        ButtonPressed m => m.From.Id,
        TextReceived m => m.From.Id,
        PhotoReceived m => m.From.Id,
        ContactShared m => m.From.Id,
        _ => null,
    };
}
