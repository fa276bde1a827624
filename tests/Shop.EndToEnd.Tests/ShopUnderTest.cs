using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shop.Cart;
using Shop.Catalog;
using Shop.Ingress;
using Shop.Notifier;
using Shop.Ordering;
using Shop.Scheduler;
using Shop.Sandbox;
using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// The whole shop for one test class: the sandbox as Telegram, real RabbitMQ (a vhost of its own) and PostgreSQL
/// (a database of its own), and each worker in its own host with its own bus connection, as separate processes would be.
/// </summary>
public class ShopUnderTest : IAsyncLifetime
{
    public const long OwnerId = 1001;

    /// <summary>A second member of staff, for "the first action wins".</summary>
    public const long SecondOwnerId = 1002;

    readonly List<WebApplication> _workers = [];
    RabbitMqVhost? _vhost;
    PostgresDatabase? _database;
    WebApplication? _sandbox;

    public SandboxClient Sandbox { get; private set; } = null!;

    /// <summary>The bot's token at the sandbox, for calling the Bot API as the shop does.</summary>
    public string BotToken { get; private set; } = "";

    /// <summary>What every worker logged.</summary>
    public LogRecorder Logs { get; } = new();

    public PostgresDatabase Database => _database!;

    public RabbitMqVhost Vhost => _vhost!;

    /// <summary>The ingress's webhook address (webhook mode only) and the secret Telegram sends with it.</summary>
    public Uri? WebhookUri { get; private set; }

    public const string WebhookSecret = "e2e-secret_token";

    /// <summary>Webhook mode instead of long polling.</summary>
    protected virtual bool UseWebhook => false;

    /// <summary>Changes or adds settings for every worker (a variant of the shop under test).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    /// <summary>More workers to run, started after the standard ones and before the Ingress.</summary>
    protected virtual IEnumerable<(string Name, Action<WebApplicationBuilder> Add)> ExtraWorkers => [];

    public async Task InitializeAsync()
    {
        var token = TestHosts.NewBotToken();
        BotToken = token;
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _sandbox = await TestHosts.StartSandboxAsync(token);
        var sandboxUri = _sandbox.GetBaseAddress();
        Sandbox = new SandboxClient(new HttpClient { BaseAddress = sandboxUri });

        var ingressPort = TestHosts.FreePort();
        if (UseWebhook) WebhookUri = new Uri($"http://127.0.0.1:{ingressPort}/telegram/webhook");
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = sandboxUri.ToString().TrimEnd('/'),
            ["Telegram:UpdateMode"] = UseWebhook ? "Webhook" : "Polling",
            ["Telegram:WebhookUrl"] = UseWebhook ? $"http://127.0.0.1:{ingressPort}/telegram/webhook" : null,
            ["Telegram:WebhookSecret"] = UseWebhook ? WebhookSecret : null,
            ["Ingress:PollTimeoutSeconds"] = "2",
            ["Shop:OwnerIds"] = $"{OwnerId},{SecondOwnerId}",
            ["Ordering:PickupAddress"] = "1 Market Street",
            ["Shop:Sandbox"] = "true",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
        };
        Configure(settings);
        // Consumers first, so their queues are bound before the first update is published.
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Scheduler", settings, b => Bound(b).AddSchedulerWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Notifier", settings, b => Bound(b).AddNotifierWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Cart", settings, b => Bound(b).AddCartWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Catalog", settings, b => Bound(b).AddCatalogWorker()));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Ordering", settings, b => Bound(b).AddOrderingWorker()));
        foreach (var (name, add) in ExtraWorkers) _workers.Add(await TestHosts.StartWorkerAsync(name, settings, b => add(Bound(b))));
        _workers.Add(await TestHosts.StartWorkerAsync("Shop.Ingress", settings, b => Bound(b).AddIngress(), app => app.MapIngress(), ingressPort));
    }

    /// <summary>Publishes onto the shop's bus as another worker would (e.g. the catalog's events, before that worker exists).</summary>
    public Task PublishAsync<T>(T message) where T : class =>
        _workers[0].Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = NewId.NextGuid());

    /// <summary>A worker's start returns once its queues are bound, so nothing published afterwards misses them; its log is kept.</summary>
    WebApplicationBuilder Bound(WebApplicationBuilder builder)
    {
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.Logging.AddProvider(Logs);
        return builder;
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in Enumerable.Reverse(_workers))
        {
            await worker.StopAsync();
            await worker.DisposeAsync();
        }
        if (_sandbox is not null) await _sandbox.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        if (_vhost is not null) await _vhost.DisposeAsync();
    }
}
