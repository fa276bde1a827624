using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Messaging.IntegrationTests.Counter;
using Shop.Messaging.Metrics;
using Shop.Testing;

namespace Shop.Messaging.IntegrationTests;

/// <summary>One counter worker on real RabbitMQ and PostgreSQL, read through its own <c>/metrics</c>.</summary>
public sealed class When_a_worker_is_scraped : IAsyncLifetime
{
    /// <summary>The counter saga's queue, named as the bus names it.</summary>
    static readonly string Queue = ShopEndpointNameFormatter.Instance.Saga<CounterState>();

    readonly ConsumedMessages _handled = new();
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _worker = null!;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _worker = await TestHosts.StartWorkerAsync("Shop.Counter", new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            ["ConnectionStrings:RabbitMqManagement"] = TestEnvironment.RabbitMqManagement.ToString(),
        }, builder => builder.AddCounterWorker());
        _worker.Services.GetRequiredService<IBus>().ConnectConsumeObserver(_handled);
        _http = new HttpClient { BaseAddress = new Uri(_worker.Urls.First()) };
    }

    [Fact]
    public async Task The_consumed_counter_of_the_queue_goes_up()
    {
        var series = $"shop_messages_consumed_total{{message_type=\"CounterIncremented\",queue=\"{Queue}\"}}";
        var before = Value(await ScrapeAsync(), series);

        var bus = _worker.Services.GetRequiredService<IBus>();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = NewId.NextGuid();
            await bus.Publish(new CounterIncremented(Guid.NewGuid()), context => context.MessageId = id);
            ids.Add(id);
        }
        await _handled.WaitForAsync(ids);

        var scrape = await ScrapeAsync();
        Assert.Equal(0, before);
        Assert.Equal(3, Value(scrape, series));
        Assert.Contains("# TYPE shop_message_consume_duration_seconds histogram", scrape);
        Assert.Contains($"shop_message_consume_duration_seconds_count{{message_type=\"CounterIncremented\",queue=\"{Queue}\"}} 3", scrape);
    }

    [Fact]
    public async Task Queue_depths_of_its_virtual_host_are_exported()
    {
        // The management API's statistics lag the broker by a collection interval.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string scrape;
        do
        {
            scrape = await ScrapeAsync();
            if (scrape.Contains($"shop_rabbitmq_queue_consumers{{queue=\"{Queue}\"}} 1", StringComparison.Ordinal)
                && scrape.Contains($"{RabbitMqQueueDepths.Ready}{{queue=\"{Queue}\"}} 0", StringComparison.Ordinal)) break;
            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Contains($"shop_rabbitmq_queue_consumers{{queue=\"{Queue}\"}} 1", scrape);
        Assert.Contains($"# TYPE {RabbitMqQueueDepths.Ready} gauge", scrape);
        Assert.Contains($"{RabbitMqQueueDepths.Ready}{{queue=\"{Queue}\"}} 0", scrape);
    }

    [Fact]
    public async Task The_answer_is_prometheus_text_version_0_0_4()
    {
        using var response = await _http.GetAsync(ShopMetrics.Path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    async Task<string> ScrapeAsync() => await _http.GetStringAsync(ShopMetrics.Path);

    /// <summary>The value of one series, or 0 when it has not appeared yet.</summary>
    static double Value(string scrape, string series) =>
        scrape.Split('\n').Where(line => line.StartsWith(series + " ", StringComparison.Ordinal))
            .Select(line => double.Parse(line[(series.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .SingleOrDefault();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _worker.StopAsync();
        await _worker.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
