namespace Shop.Bench.Scenarios;

/// <summary>
/// The shopping journey, step by step and round again: /start, catalog, a category, a product card, add to cart (toast and the card's count), home,
/// the cart, one more of the first line. Falls back to /start whenever the expected button is not on the screen.
/// </summary>
public sealed class ShopScenario : Scenario
{
    const int Steps = 8;

    public override string Name => "shop";

    public override string Description =>
        "/start, catalog, category, product card, add to cart (toast and the card's count), home, cart, + — each waiting for its view (and answer)";

    public override UserAction Next(ChatView chat)
    {
        if (chat.BotMessageId is not { } message) return Start();
        return (chat.Actions % Steps) switch
        {
            1 => PressView(message, chat, data => data == "c:cats"),
            2 => PressView(message, chat, data => data.StartsWith("c:cat:", StringComparison.Ordinal)),
            3 => PressView(message, chat, data => data.StartsWith("c:p:", StringComparison.Ordinal), pick: chat.Actions / Steps),
            4 => PressView(message, chat, data => data.StartsWith("k:add:", StringComparison.Ordinal)),
            5 => PressView(message, chat, data => data == "home"),
            6 => PressView(message, chat, data => data == "k:view"),
            7 => PressView(message, chat, data => data.StartsWith("k:inc:", StringComparison.Ordinal)),
            _ => Start(),
        };
    }

    static UserAction Start() => UserAction.Send("/start", ChatEventKinds.Sent);

    static UserAction PressView(int message, ChatView chat, Func<string, bool> which, int pick = 0) =>
        Press(message, chat, which, ChatEventKinds.View, ChatEventKinds.CallbackAnswered, pick);

    static UserAction Press(int message, ChatView chat, Func<string, bool> which, string awaits, string? alsoAwaits, int pick)
    {
        var candidates = chat.Buttons.Where(which).ToList();
        if (candidates.Count == 0) return Start();
        var data = candidates[pick % candidates.Count];
        return alsoAwaits is null ? UserAction.Press(message, data, awaits) : UserAction.Press(message, data, awaits, alsoAwaits);
    }
}
