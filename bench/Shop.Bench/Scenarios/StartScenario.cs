namespace Shop.Bench.Scenarios;

/// <summary>Sends /start over and over; every one is answered with a new home message.</summary>
public sealed class StartScenario : Scenario
{
    public override string Name => "start";

    public override string Description => "send /start, wait for the home message (sent)";

    public override UserAction Next(ChatView chat) => UserAction.Send("/start", ChatEventKinds.Sent);
}
