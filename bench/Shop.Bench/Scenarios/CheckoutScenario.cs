namespace Shop.Bench.Scenarios;

/// <summary>
/// Whole checkouts, one after another: /start, catalog, a category, a product, add (its toast and the card's count), home, Checkout, Continue, the Telegram
/// name, a typed phone, delivery, an address, no comment, Confirm. "checkout:confirm" is timed from the press to the receipt,
/// and its count over the run is the order rate. Falls back to /start whenever the expected button is not on the screen.
/// </summary>
public sealed class CheckoutScenario : Scenario
{
    const int Steps = 14;

    public override string Name => "checkout";

    public override string Description =>
        "/start, browse, add, home, checkout, name, phone, delivery, address, skip comment, confirm — confirm waits for the receipt";

    public override UserAction Next(ChatView chat)
    {
        if (chat.BotMessageId is not { } message) return Start(chat);
        return (chat.Actions % Steps) switch
        {
            1 => Press("browse", message, chat, data => data == "c:cats"),
            2 => Press("category", message, chat, data => data.StartsWith("c:cat:", StringComparison.Ordinal)),
            3 => Press("product", message, chat, data => data.StartsWith("c:p:", StringComparison.Ordinal), pick: chat.Actions / Steps),
            4 => Press("add", message, chat, data => data.StartsWith("k:add:", StringComparison.Ordinal), [ChatEventKinds.CallbackAnswered, ChatEventKinds.View]),
            5 => Press("home", message, chat, data => data == "home"),
            6 => Press("checkout:start", message, chat, data => data == "k:checkout"),
            7 => Press("checkout:continue", message, chat, data => data.StartsWith("o:co:go:", StringComparison.Ordinal)),
            8 => Press("checkout:name", message, chat, data => data.StartsWith("o:co:tg:", StringComparison.Ordinal), [ChatEventKinds.Sent]),
            9 => new UserAction("checkout:phone", "+1 415 555 0100", null, null, [ChatEventKinds.Sent]),
            10 => Press("checkout:delivery", message, chat, data => data.StartsWith("o:co:ship:", StringComparison.Ordinal)),
            11 => new UserAction("checkout:address", "1 Infinite Loop, Cupertino", null, null, [ChatEventKinds.Sent]),
            12 => Press("checkout:comment", message, chat, data => data.StartsWith("o:co:skip:", StringComparison.Ordinal)),
            13 => Press("checkout:confirm", message, chat, data => data.StartsWith("o:co:ok:", StringComparison.Ordinal), [ChatEventKinds.Sent]),
            _ => Start(chat),
        };
    }

    /// <summary>Every journey starts at step 0, so a fallback mid-way realigns the user with the steps.</summary>
    static UserAction Start(ChatView chat)
    {
        chat.Actions -= chat.Actions % Steps;
        return UserAction.Send("/start", ChatEventKinds.Sent);
    }

    static UserAction Press(string label, int message, ChatView chat, Func<string, bool> which, IReadOnlyList<string>? awaits = null, int pick = 0)
    {
        var candidates = chat.Buttons.Where(which).ToList();
        if (candidates.Count == 0) return Start(chat);
        return new UserAction(label, null, message, candidates[pick % candidates.Count], awaits ?? [ChatEventKinds.View]);
    }
}
