namespace Shop.Bench.Scenarios;

/// <summary>
/// A journey a virtual user repeats: given what the bot last showed it, the next thing it does. A new journey is one more
/// subclass and one more line in <see cref="All"/>.
/// </summary>
public abstract class Scenario
{
    public static IReadOnlyList<Scenario> All { get; } = [new StartScenario(), new HomeHelpScenario(), new ShopScenario(), new CheckoutScenario()];

    public abstract string Name { get; }

    /// <summary>One line for the header: what a user does in a loop.</summary>
    public abstract string Description { get; }

    public abstract UserAction Next(ChatView chat);

    public static Scenario? Find(string name) =>
        All.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase));
}
