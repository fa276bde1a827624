namespace Shop.Access.Tests;

/// <summary>A clock the test moves forward by hand, so days can pass without waiting.</summary>
public sealed class TestClock : TimeProvider
{
    DateTimeOffset _now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
