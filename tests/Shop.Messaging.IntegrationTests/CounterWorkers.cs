using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Messaging.IntegrationTests.Counter;
using Shop.Testing;

namespace Shop.Messaging.IntegrationTests;

/// <summary>Two counter workers on one queue and one database, as two replicas of a worker would run.</summary>
public sealed class CounterWorkers : IAsyncLifetime
{
    readonly List<WebApplication> _hosts = [];

    public RabbitMqVhost Vhost { get; private set; } = null!;

    public PostgresDatabase Database { get; private set; } = null!;

    public ConsumedMessages Handled { get; } = new();

    IBus Bus => _hosts[0].Services.GetRequiredService<IBus>();

    public async Task InitializeAsync()
    {
        Vhost = await RabbitMqVhost.CreateAsync();
        Database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = Database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = Vhost.AmqpUri,
        };
        for (var i = 1; i <= 2; i++)
        {
            var host = await TestHosts.StartWorkerAsync($"Shop.Counter{i}", settings, builder => builder.AddCounterWorker());
            host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Handled);
            _hosts.Add(host);
        }
    }

    /// <summary>Publishes <paramref name="message"/> and returns its id, for <see cref="ConsumedMessages.WaitForAsync"/>.</summary>
    public async Task<Guid> Publish<T>(T message, Guid? id = null) where T : class
    {
        var messageId = id ?? NewId.NextGuid();
        await Bus.Publish(message, context => context.MessageId = messageId);
        return messageId;
    }

    public Task<long> CountAsync(Guid counterId) =>
        Database.ScalarAsync($"SELECT coalesce(max(count), -1) FROM counter.counters WHERE correlation_id = '{counterId}'");

    public Task<long> RowsAsync(Guid counterId) =>
        Database.ScalarAsync($"SELECT count(*) FROM counter.counters WHERE correlation_id = '{counterId}'");

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }
        await Database.DisposeAsync();
        await Vhost.DisposeAsync();
    }
}
