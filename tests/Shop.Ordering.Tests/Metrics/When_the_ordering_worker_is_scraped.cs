using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Messaging;
using Shop.Messaging.Metrics;
using Shop.Ordering.Orders;
using Shop.Telegram;
using Shop.Testing;

namespace Shop.Ordering.Tests.Metrics;

/// <summary>The Ordering worker on real RabbitMQ and PostgreSQL, read through <c>/metrics</c> as Prometheus would.</summary>
public sealed partial class When_the_ordering_worker_is_scraped : IAsyncLifetime
{
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _worker = null!;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _worker = await TestHosts.StartWorkerAsync("Shop.Ordering", new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = $"{OrderSaga.Owner}",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            ["ConnectionStrings:RabbitMqManagement"] = TestEnvironment.RabbitMqManagement.ToString(),
            ["Ordering:PickupAddress"] = "1 Market Street",
            ["Telegram:BotToken"] = TestHosts.NewBotToken(),
        }, builder => builder.AddOrderingWorker().AddTelegramBotApi());
        // Telegram's instruments exist once the client's metrics do, as they would after the first call.
        _worker.Services.GetRequiredService<TelegramMetrics>();
        _http = new HttpClient { BaseAddress = new Uri(_worker.Urls.First()) };
    }

    [Fact]
    public async Task A_submitted_order_is_counted_by_status_and_its_message_as_consumed()
    {
        var orderId = Guid.NewGuid();
        await _worker.Services.GetRequiredService<IBus>().Publish(OrderSaga.Submit(orderId));

        // Orders are read from the database at most every ten seconds.
        var scrape = await ScrapeUntilAsync($"{OrdersByStatus.Orders}{{status=\"{OrderStatus.Reserving}\"}} 1", TimeSpan.FromSeconds(40));

        Assert.Contains($"{MessagingMetrics.Consumed}{{message_type=\"SubmitOrder\",queue=\"{ShopEndpointNameFormatter.Instance.Saga<OrderState>()}\"}} 1", scrape);
        var age = Regex.Match(scrape, $@"^{OrdersByStatus.OldestAge}{{status=""Reserving""}} (\S+)$", RegexOptions.Multiline);
        Assert.True(age.Success, "no age for the reserving order");
        Assert.InRange(double.Parse(age.Groups[1].Value, CultureInfo.InvariantCulture), 0, 120);
    }

    [Fact]
    public async Task Every_metric_in_the_alert_rules_and_the_dashboard_is_exported()
    {
        var used = MetricNames(File.ReadAllText(Deploy("alerts.yml")))
            .Concat(DashboardExpressions().SelectMany(MetricNames))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(used);

        // Queue depths come from the management API's statistics, which a new virtual host may not have yet.
        var scrape = await ScrapeUntilAsync($"# TYPE {RabbitMqQueueDepths.Consumers} gauge", TimeSpan.FromSeconds(30));
        var declared = Regex.Matches(scrape, @"^# TYPE (\S+) (\S+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        var missing = used.Where(name => !Exported(name, declared)).ToList();
        Assert.True(missing.Count == 0, $"used in deploy/compose but not exported: {string.Join(", ", missing)}");
    }

    /// <summary>A histogram is used through its <c>_bucket</c>, <c>_sum</c> and <c>_count</c> series.</summary>
    static bool Exported(string name, IReadOnlyDictionary<string, string> declared) =>
        declared.ContainsKey(name)
        || new[] { "_bucket", "_sum", "_count" }.Any(suffix =>
            name.EndsWith(suffix, StringComparison.Ordinal) && declared.GetValueOrDefault(name[..^suffix.Length]) == "histogram");

    static IEnumerable<string> MetricNames(string text) => ShopMetricName().Matches(text).Select(m => m.Value);

    static IEnumerable<string> DashboardExpressions()
    {
        using var dashboard = JsonDocument.Parse(File.ReadAllText(Deploy("grafana-dashboard.json")));
        return dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .Select(target => target.GetProperty("expr").GetString()!)
            .ToList();
    }

    static string Deploy(string file)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Shop.sln"))) return Path.Combine(folder.FullName, "deploy", "compose", file);
        }
        throw new DirectoryNotFoundException($"No Shop.sln above {AppContext.BaseDirectory}");
    }

    async Task<string> ScrapeUntilAsync(string expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var scrape = await _http.GetStringAsync(ShopMetrics.Path);
            if (scrape.Contains(expected, StringComparison.Ordinal) || DateTime.UtcNow > deadline) return scrape;
            await Task.Delay(500);
        }
    }

    [GeneratedRegex(@"\bshop_[a-z0-9_]+")]
    private static partial Regex ShopMetricName();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _worker.StopAsync();
        await _worker.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
