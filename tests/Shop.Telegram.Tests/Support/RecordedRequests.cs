using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Shop.Telegram.Tests;

/// <summary>Hears the <c>shop.telegram.requests</c> counter of one meter factory and keeps each call's method and outcome.</summary>
internal sealed class RecordedRequests : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Method, string Outcome, long Count)> calls = new();

    public RecordedRequests(IMeterFactory meters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Name == "shop.telegram.requests")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            calls.Enqueue((Tag(all, TelegramMetrics.MethodLabel), Tag(all, TelegramMetrics.OutcomeLabel), value));
        });
        listener.Start();
    }

    public IReadOnlyList<(string Method, string Outcome, long Count)> Calls => [.. calls];

    private static string Tag(KeyValuePair<string, object?>[] tags, string name) => tags.Single(tag => tag.Key == name).Value as string ?? "";

    public void Dispose() => listener.Dispose();
}
