namespace Shop.Bench.Scenarios;

/// <summary>
/// A journey a virtual user repeats: given what the bot last showed it, the next thing it does. A new journey is one more
/// subclass and one more line in <see cref="All"/>.
/// </summary>
public abstract class Scenario
{
    public static IReadOnlyList<Scenario> All { get; } = [new StartScenario(), new HomeHelpScenario(), new ShopScenario(), new CheckoutScenario(), new HumanScenario()];

    public abstract string Name { get; }

    /// <summary>One line for the header: what a user does in a loop.</summary>
    public abstract string Description { get; }

    public abstract UserAction Next(ChatView chat);

    /// <summary>How long the user looks at the screen before the next step; not part of the measured latency.</summary>
    public virtual TimeSpan ThinkTime(Random random) => TimeSpan.Zero;

    /// <summary>Whether the run keeps Telegram's flood limits when <c>--rate-limits</c> is not given.</summary>
    public virtual bool RateLimitsByDefault => false;

    public static Scenario? Find(string name) =>
        All.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase));
}
