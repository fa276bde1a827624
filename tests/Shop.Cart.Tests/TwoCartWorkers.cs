using Shop.Contracts.Telegram;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Messaging;
using Shop.Testing;

namespace Shop.Cart.Tests;

/// <summary>
/// Two Cart worker hosts competing for the same queues on a vhost and database of their own, as two processes would, and a
/// recorder (on both, sharing one queue) of what they publish.
/// </summary>
public sealed class TwoCartWorkers : IAsyncLifetime
{
    readonly List<WebApplication> _workers = [];
    RabbitMqVhost? _vhost;
    PostgresDatabase? _database;

    public PostgresDatabase Database => _database!;

    public ConsumedMessages Consumed { get; } = new();

    public Recorded Recorded { get; } = new();

    /// <summary>Publishes through the first worker's bus; <paramref name="id"/> fixed to publish a repeat.</summary>
    public Task Publish<T>(T message, Guid id) where T : class
    {
        var bus = _workers[0].Services.GetRequiredService<IBus>();
        // A user's update goes to the one queue the routing table names, as the Ingress sends it.
        return message is ButtonPressed or CommandReceived
            ? bus.SendUpdateAsync(message, id)
            : bus.Publish(message, context => context.MessageId = id);
    }

    public async Task InitializeAsync()
    {
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
        };
        for (var i = 0; i < 2; i++)
        {
            var worker = await TestHosts.StartWorkerAsync("Shop.Cart", settings, builder =>
            {
                builder.AddCartWorker();
                builder.Services.AddSingleton(Recorded);
                builder.AddShopBus(bus => bus.AddConsumer<Recorder>());
                // Start returns once the queues are bound, so the first message a test publishes has somewhere to go.
                builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
            });
            worker.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);
            _workers.Add(worker);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync();
            await worker.DisposeAsync();
        }
        if (_database is not null) await _database.DisposeAsync();
        if (_vhost is not null) await _vhost.DisposeAsync();
    }
}
