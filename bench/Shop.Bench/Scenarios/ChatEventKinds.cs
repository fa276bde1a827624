namespace Shop.Bench.Scenarios;

/// <summary>The kinds of bot events the sandbox reports in a chat.</summary>
public static class ChatEventKinds
{
    public const string Sent = "sent";
    public const string Edited = "edited";
    public const string Deleted = "deleted";
    public const string CallbackAnswered = "callback_answered";
}
