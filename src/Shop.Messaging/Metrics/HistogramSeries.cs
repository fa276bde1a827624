namespace Shop.Messaging.Metrics;

/// <summary>One histogram series: a count per bucket (not yet cumulative), the sum and the count of observations.</summary>
public sealed class HistogramSeries(IReadOnlyList<double> bounds)
{
    readonly long[] _buckets = new long[bounds.Count + 1];
    readonly Lock _lock = new();
    double _sum;
    long _count;

    public void Observe(double value)
    {
        // Bucket i holds values <= bounds[i]; the last one, past every bound, is +Inf.
        var index = 0;
        while (index < bounds.Count && value > bounds[index]) index++;
        lock (_lock)
        {
            _buckets[index]++;
            _sum += value;
            _count++;
        }
    }

    /// <summary>A consistent copy: the cumulative count for each bound, then for +Inf, with the sum and count.</summary>
    public (long[] Cumulative, double Sum, long Count) Snapshot()
    {
        lock (_lock)
        {
            var cumulative = new long[_buckets.Length];
            long running = 0;
            for (var i = 0; i < _buckets.Length; i++)
            {
                running += _buckets[i];
                cumulative[i] = running;
            }
            return (cumulative, _sum, _count);
        }
    }
}
