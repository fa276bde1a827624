namespace Shop.Bench.Scenarios;

/// <summary>
/// One thing a user does (a message or a button press, i.e. one update for the bot) and the bot events that together
/// are its reply; the update is done when all of them have arrived.
/// </summary>
public sealed record UserAction(string Label, string? Text, int? MessageId, string? CallbackData, IReadOnlyList<string> Awaits)
{
    public static UserAction Send(string text, params string[] awaits) => new(text, text, null, null, awaits);

    public static UserAction Press(int messageId, string callbackData, params string[] awaits) =>
        new($"press:{callbackData}", null, messageId, callbackData, awaits);
}
