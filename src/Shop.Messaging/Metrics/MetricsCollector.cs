using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Numerics;
using Microsoft.Extensions.Hosting;

namespace Shop.Messaging.Metrics;

/// <summary>
/// Listens to this process' "Shop.*" meters and keeps what they report in memory, for <c>/metrics</c> to write out.
/// </summary>
/// <remarks>
/// Only meters made by this host's <see cref="IMeterFactory"/> are heard: tests run several workers in one process, and
/// each must count only its own messages. MassTransit's own static meter is left out for the same reason; the Shop's
/// receive observer reports what it would.
/// </remarks>
public sealed class MetricsCollector : IHostedService, IDisposable
{
    public const string MeterPrefix = "Shop.";

    readonly IMeterFactory _meters;
    readonly IEnumerable<IScrapeSource> _sources;
    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<Instrument, MetricFamily> _families = new();
    readonly SemaphoreSlim _scrape = new(1, 1);

    public MetricsCollector(IMeterFactory meters, IEnumerable<IScrapeSource> sources)
    {
        _meters = meters;
        _sources = sources;
        _listener.InstrumentPublished = Publish;
        _listener.MeasurementsCompleted = (instrument, _) => _families.TryRemove(instrument, out MetricFamily? _);
        _listener.SetMeasurementEventCallback<byte>(Record);
        _listener.SetMeasurementEventCallback<short>(Record);
        _listener.SetMeasurementEventCallback<int>(Record);
        _listener.SetMeasurementEventCallback<long>(Record);
        _listener.SetMeasurementEventCallback<float>(Record);
        _listener.SetMeasurementEventCallback<double>(Record);
        _listener.SetMeasurementEventCallback<decimal>(Record);
    }

    /// <summary>Started before the bus, so the first message consumed is already counted.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Refreshes the slow readings, has the observable instruments report, and writes every family.</summary>
    public async Task<string> ScrapeAsync(CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        await Task.WhenAll(_sources.Select(source => source.RefreshAsync(cancellationToken)));
        await _scrape.WaitAsync(cancellationToken);
        try
        {
            foreach (var family in _families.Values.Where(f => f.Observable)) family.Reset();
            _listener.RecordObservableInstruments();
            // Two instruments of one name (a worker hosted twice in one process) would make an invalid exposition: first wins.
            foreach (var family in _families.Values.DistinctBy(f => f.Name).OrderBy(f => f.Name, StringComparer.Ordinal))
                PrometheusText.Write(output, family);
            return output.ToString();
        }
        finally
        {
            _scrape.Release();
        }
    }

    void Publish(Instrument instrument, MeterListener listener)
    {
        if (!instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal) || !ReferenceEquals(instrument.Meter.Scope, _meters)) return;
        if (MetricFamily.For(instrument) is not { } family) return;
        _families[instrument] = family;
        listener.EnableMeasurementEvents(instrument, family);
    }

    static void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        where T : struct, INumberBase<T> =>
        ((MetricFamily)state!).Record(double.CreateSaturating(value), LabelSet.From(tags));

    public void Dispose()
    {
        _listener.Dispose();
        _scrape.Dispose();
    }
}
