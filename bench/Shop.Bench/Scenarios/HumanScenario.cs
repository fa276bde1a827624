namespace Shop.Bench.Scenarios;

/// <summary>
/// The shopping journey of <see cref="ShopScenario"/> at a person's pace: 1–2 s of thinking before every tap, with
/// Telegram's flood limits on (unless <c>--rate-limits off</c> is given), so the figure is the tap-to-reply time a person
/// feels rather than how much the shop can take.
/// </summary>
public sealed class HumanScenario : Scenario
{
    static readonly TimeSpan MinThink = TimeSpan.FromSeconds(1);
    static readonly TimeSpan MaxThink = TimeSpan.FromSeconds(2);

    readonly ShopScenario _journey = new();

    public override string Name => "human";

    public override string Description => "the shop journey with 1–2 s of thinking before each tap, Telegram's limits on";

    public override bool RateLimitsByDefault => true;

    public override TimeSpan ThinkTime(Random random) => MinThink + (MaxThink - MinThink) * random.NextDouble();

    public override UserAction Next(ChatView chat) => _journey.Next(chat);
}
