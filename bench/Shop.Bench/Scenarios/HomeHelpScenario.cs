namespace Shop.Bench.Scenarios;

/// <summary>Opens the shop once, then flips one message between the help and home views with the buttons.</summary>
public sealed class HomeHelpScenario : Scenario
{
    public const string HelpButton = "help";
    public const string HomeButton = "home";

    public override string Name => "home-help";

    public override string Description =>
        "/start once, then press help / home on that message, each waiting for the edit and the callback answer";

    public override UserAction Next(ChatView chat)
    {
        if (chat.BotMessageId is not { } messageId) return UserAction.Send("/start", ChatEventKinds.Sent);
        var button = chat.Buttons.Contains(HelpButton) ? HelpButton : HomeButton;
        return UserAction.Press(messageId, button, ChatEventKinds.Edited, ChatEventKinds.CallbackAnswered);
    }
}
