namespace Shop.Bench;

/// <summary>A latency distribution in milliseconds, by nearest rank.</summary>
public sealed record Percentiles(int Count, long P50, long P95, long P99, long Max, double Mean)
{
    public static Percentiles Of(IEnumerable<long> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0) return new Percentiles(0, 0, 0, 0, 0, 0);
        return new Percentiles(sorted.Length, Rank(sorted, 50), Rank(sorted, 95), Rank(sorted, 99), sorted[^1], sorted.Average());
    }

    static long Rank(long[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
