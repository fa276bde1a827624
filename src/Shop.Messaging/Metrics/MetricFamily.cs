using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Shop.Messaging.Metrics;

/// <summary>Everything recorded for one instrument: its Prometheus name, help and type, and a value per label set.</summary>
public sealed class MetricFamily
{
    /// <summary>Prometheus' own default buckets, for a histogram whose instrument gives no advice.</summary>
    public static readonly IReadOnlyList<double> DefaultBounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    readonly ConcurrentDictionary<LabelSet, double> _values = new();
    readonly ConcurrentDictionary<LabelSet, HistogramSeries> _histograms = new();
    readonly bool _lastValueWins;

    public MetricFamily(string name, string help, MetricKind kind, bool observable, bool lastValueWins, IReadOnlyList<double>? bounds = null)
    {
        Name = name;
        Help = help;
        Kind = kind;
        Observable = observable;
        _lastValueWins = lastValueWins;
        Bounds = kind == MetricKind.Histogram ? bounds ?? DefaultBounds : [];
    }

    public string Name { get; }

    public string Help { get; }

    public MetricKind Kind { get; }

    /// <summary>Read by a callback at scrape time, so each scrape starts it afresh: a series no longer reported disappears.</summary>
    public bool Observable { get; }

    public IReadOnlyList<double> Bounds { get; }

    /// <summary>The family an instrument feeds, or null for an instrument kind this registry does not know.</summary>
    public static MetricFamily? For(Instrument instrument)
    {
        var definition = instrument.GetType().GetGenericTypeDefinition();
        var help = instrument.Description ?? "";
        var isCounter = definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>);
        var name = PrometheusText.MetricName(instrument.Name, instrument.Unit, isCounter);
        if (definition == typeof(Counter<>)) return new(name, help, MetricKind.Counter, observable: false, lastValueWins: false);
        // An observable counter reports its running total, not an increment.
        if (definition == typeof(ObservableCounter<>)) return new(name, help, MetricKind.Counter, observable: true, lastValueWins: true);
        if (definition == typeof(UpDownCounter<>)) return new(name, help, MetricKind.Gauge, observable: false, lastValueWins: false);
        if (definition == typeof(Gauge<>)) return new(name, help, MetricKind.Gauge, observable: false, lastValueWins: true);
        if (definition == typeof(ObservableGauge<>) || definition == typeof(ObservableUpDownCounter<>))
            return new(name, help, MetricKind.Gauge, observable: true, lastValueWins: true);
        if (definition == typeof(Histogram<>))
            return new(name, help, MetricKind.Histogram, observable: false, lastValueWins: false, (instrument as Histogram<double>)?.Advice?.HistogramBucketBoundaries);
        return null;
    }

    public void Record(double value, LabelSet labels)
    {
        if (double.IsNaN(value)) return;
        if (Kind == MetricKind.Histogram)
        {
            _histograms.GetOrAdd(labels, _ => new HistogramSeries(Bounds)).Observe(value);
        }
        else if (_lastValueWins)
        {
            _values[labels] = value;
        }
        // A counter only goes up: Prometheus reads any decrease as a restart of the process.
        else if (Kind != MetricKind.Counter || value >= 0)
        {
            _values.AddOrUpdate(labels, value, (_, current) => current + value);
        }
    }

    /// <summary>Forgets an observable's last readings before its callback reports afresh.</summary>
    public void Reset()
    {
        _values.Clear();
        _histograms.Clear();
    }

    public IEnumerable<KeyValuePair<LabelSet, double>> Values =>
        _values.OrderBy(series => series.Key.Text, StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<LabelSet, HistogramSeries>> Histograms =>
        _histograms.OrderBy(series => series.Key.Text, StringComparer.Ordinal);
}
