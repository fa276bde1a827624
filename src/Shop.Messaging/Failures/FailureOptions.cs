using System.Globalization;

namespace Shop.Messaging.Failures;

/// <summary>The failure policy's settings (section <c>Failures</c>); each endpoint's definition may tune them further.</summary>
public sealed class FailureOptions
{
    public const string SectionName = "Failures";

    /// <summary>Quick retries in the consumer, comma-separated (<c>Failures__Retries</c>, default <c>00:00:00.1,00:00:00.5,00:00:02</c>; <c>none</c> for none).</summary>
    public string Retries { get; set; } = "00:00:00.1,00:00:00.5,00:00:02";

    /// <summary>
    /// Redeliveries later, through the Scheduler worker (<c>Failures__Redeliveries</c>, default <c>00:00:10,00:01:00,00:05:00</c>;
    /// <c>none</c> sends a message to the error queue once the quick retries are spent).
    /// </summary>
    public string Redeliveries { get; set; } = "00:00:10,00:01:00,00:05:00";

    /// <summary>The most characters of exception message plus stack trace carried into the error queue (<c>Failures__MaxFaultTextLength</c>).</summary>
    public int MaxFaultTextLength { get; set; } = 8000;

    public IReadOnlyList<TimeSpan> RetryIntervals => ParseIntervals(Retries) ?? [];

    public IReadOnlyList<TimeSpan> RedeliveryIntervals => ParseIntervals(Redeliveries) ?? [];

    /// <summary>Parses "00:00:10,00:01:00" or "none"; null when a part is not a positive time span.</summary>
    public static IReadOnlyList<TimeSpan>? ParseIntervals(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)) return [];
        var intervals = new List<TimeSpan>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TimeSpan.TryParse(part, CultureInfo.InvariantCulture, out var interval) || interval <= TimeSpan.Zero) return null;
            intervals.Add(interval);
        }
        return intervals;
    }
}
