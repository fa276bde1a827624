using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Shop.Messaging.Metrics;

namespace Shop.Messaging.Tests.Metrics;

/// <summary>A collector over a meter factory of the test's own, as a worker has one, scraped the way <c>/metrics</c> does.</summary>
public sealed class Scrape : IDisposable
{
    readonly ServiceProvider _services;
    readonly MetricsCollector _collector;

    public Scrape(params IScrapeSource[] sources)
    {
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Meters = _services.GetRequiredService<IMeterFactory>();
        _collector = new MetricsCollector(Meters, sources);
        _collector.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public IMeterFactory Meters { get; }

    public Meter Meter(string name = "Shop.Test") => Meters.Create(name);

    public Task<string> TextAsync() => _collector.ScrapeAsync(CancellationToken.None);

    public async Task<string[]> LinesAsync() => (await TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        _collector.Dispose();
        _services.Dispose();
    }
}
