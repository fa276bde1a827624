using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Shop.Cart;
using Shop.Catalog;
using Shop.Ingress;
using Shop.Notifier;
using Shop.Ordering;
using Shop.Scheduler;
using Shop.Sandbox;
using Shop.Testing;

namespace Shop.Bench;

/// <summary>
/// The whole shop inside the benchmark, started the way the end-to-end tests start it: the sandbox as Telegram, a RabbitMQ
/// vhost and a PostgreSQL database of its own, and each worker in its own host with its own bus connection.
/// </summary>
public sealed class ShopUnderBench : IAsyncDisposable
{
    /// <summary>Logs go to stderr and only from warnings up, so stdout keeps just the header and the result.</summary>
    static readonly Dictionary<string, string?> QuietLogging = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
    };

    readonly List<WebApplication> _workers = [];
    RabbitMqVhost? _vhost;
    PostgresDatabase? _database;
    WebApplication? _sandbox;

    ShopUnderBench()
    {
    }

    public Uri SandboxUrl { get; private set; } = null!;

    public string VhostName => _vhost?.Name ?? "";

    public string DatabaseName => _database?.Name ?? "";

    /// <summary>
    /// The broker's own counters for the shop's vhost (management API): messages published and delivered to consumers.
    /// They lag the broker by its statistics interval (5 s by default), so this waits that long when the shop is idle.
    /// </summary>
    public async Task<(long Published, long Delivered)> BrokerCountsAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(6));
        using var response = await _vhost!.Management.GetAsync($"api/vhosts/{Uri.EscapeDataString(_vhost.Name)}");
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (!json.RootElement.TryGetProperty("message_stats", out var stats)) return (0, 0);
        static long Count(System.Text.Json.JsonElement stats, string name) => stats.TryGetProperty(name, out var n) ? n.GetInt64() : 0;
        return (Count(stats, "publish"), Count(stats, "deliver_get"));
    }

    public static async Task<ShopUnderBench> StartAsync(BenchOptions options)
    {
        var shop = new ShopUnderBench();
        try
        {
            await shop.StartAllAsync(options);
            return shop;
        }
        catch
        {
            await shop.DisposeAsync();
            throw;
        }
    }

    async Task StartAllAsync(BenchOptions options)
    {
        var token = TestHosts.NewBotToken();
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _sandbox = await StartSandboxAsync(token, options.RateLimits);
        SandboxUrl = _sandbox.GetBaseAddress();

        var ingressPort = TestHosts.FreePort();
        var settings = new Dictionary<string, string?>(QuietLogging)
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = SandboxUrl.ToString().TrimEnd('/'),
            ["Telegram:UpdateMode"] = options.Webhook ? "Webhook" : "Polling",
            ["Telegram:WebhookUrl"] = options.Webhook ? $"http://127.0.0.1:{ingressPort}/telegram/webhook" : null,
            ["Telegram:WebhookSecret"] = options.Webhook ? "bench-secret_token" : null,
            ["Ingress:PollTimeoutSeconds"] = "10",
            ["Shop:OwnerIds"] = "1001",
            ["Shop:Sandbox"] = "true",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
        };
        if (!options.RateLimits)
        {
            // Pure speed: the notifier's own pacing to Telegram's limits would otherwise cap each chat at about one reply a second.
            settings["Notifier:GlobalPerSecond"] = "1000000";
            settings["Notifier:GlobalBurst"] = "1000000";
            settings["Notifier:PerChatPerSecond"] = "1000000";
            settings["Notifier:PerChatBurst"] = "1000000";
        }
        // Consumers first, so their queues are bound before the first update is published.
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Scheduler", settings, b => b.AddSchedulerWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Notifier", settings, b => b.AddNotifierWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Cart", settings, b => b.AddCartWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Catalog", settings, b => b.AddCatalogWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Ordering", settings, b => b.AddOrderingWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Ingress", settings, b => b.AddIngress(), app => app.MapIngress(), ingressPort));
        // The owner gets every new order's alert, as in a real shop.
        await new SandboxClient(new HttpClient { BaseAddress = SandboxUrl }).CreateUserAsync("Owner", id: 1001);
        await StockUpAsync();
    }

    /// <summary>
    /// Checkouts would empty the demo catalog within seconds; the benchmark measures speed, not running out. Both the
    /// Catalog's stock and the Cart's copy of it are raised, as a ProductChanged event would have done.
    /// </summary>
    async Task StockUpAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await _database!.ScalarAsync("SELECT count(*) FROM cart.products") < await _database.ScalarAsync("SELECT count(*) FROM catalog.products"))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The Cart never got the demo catalog.");
            await Task.Delay(200);
        }
        await _database.ScalarAsync("UPDATE catalog.products SET stock = 1000000; SELECT 0");
        await _database.ScalarAsync("UPDATE cart.products SET stock = 1000000; SELECT 0");
    }

    static async Task<WebApplication> StartSandboxAsync(string botToken, bool rateLimits)
    {
        var app = SandboxApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(QuietLogging)
            {
                ["Sandbox:BotToken"] = botToken,
                ["Sandbox:RateLimits:Enabled"] = rateLimits.ToString(),
            });
        });
        await app.StartAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in Enumerable.Reverse(_workers))
        {
            await worker.StopAsync();
            await worker.DisposeAsync();
        }
        if (_sandbox is not null)
        {
            await _sandbox.StopAsync();
            await _sandbox.DisposeAsync();
        }
        if (_database is not null) await _database.DisposeAsync();
        if (_vhost is not null) await _vhost.DisposeAsync();
    }
}
