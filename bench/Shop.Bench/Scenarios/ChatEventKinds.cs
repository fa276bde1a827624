namespace Shop.Bench.Scenarios;

/// <summary>The kinds of bot events the sandbox reports in a chat.</summary>
public static class ChatEventKinds
{
    public const string Sent = "sent";
    public const string Edited = "edited";
    public const string Deleted = "deleted";
    public const string CallbackAnswered = "callback_answered";

    /// <summary>Awaits the view, whichever way it came: edited in place, or sent anew (a text view replaced by a photo card).</summary>
    public const string View = "view";
}
