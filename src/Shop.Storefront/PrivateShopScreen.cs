using Shop.Contracts.Telegram;

namespace Shop.Storefront;

/// <summary>
/// What a user without access to a private shop sees, whoever shows it: the Ingress's gate for anything they send or press,
/// the Access worker for <c>/start</c> and <c>/help</c>.
/// </summary>
public static class PrivateShopScreen
{
    /// <summary>The commands a user without access may send: to ask, and to be told how.</summary>
    public static readonly IReadOnlySet<string> OpenCommands = new HashSet<string>(StringComparer.Ordinal) { "request", "start", "help" };

    public static MessageContent Explanation() => new(
        "🔒 This shop is private: only people the owners let in can shop here.\n\n" +
        "To ask for access, send /request with a few words about yourself, for example:\n" +
        "/request Hi, I'm Anna from the book club\n\n" +
        "The owners will decide, and you will hear back in this chat.");

    /// <summary>The answer to a button pressed without access: an alert is short (Telegram shows at most 200 characters).</summary>
    public const string ButtonAlert = "🔒 This shop is private. Send /request to ask for access.";
}
