using System.Collections.Concurrent;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Sandbox;
using Shop.Testing;

namespace Shop.Ingress.Tests;

/// <summary>Long polling across an ingress restart, against the sandbox and a real broker.</summary>
public sealed class When_the_polling_ingress_restarts : IAsyncLifetime
{
    static readonly ConcurrentDictionary<string, ConcurrentBag<(long UpdateId, Guid? MessageId)>> Received = new();

    readonly string _run = Guid.NewGuid().ToString("N");
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _sandbox = null!;
    WebApplication _recorder = null!;
    Dictionary<string, string?> _settings = null!;
    SandboxClient _chat = null!;

    /// <summary>Stands in for the catalog's /search: records every command the bus delivers to it.</summary>
    public sealed class CommandRecorder : IConsumer<CommandReceived>
    {
        public Task Consume(ConsumeContext<CommandReceived> context)
        {
            Received.GetOrAdd(context.Message.Arguments.Split(' ')[0], _ => []).Add((context.Message.UpdateId, context.MessageId));
            return Task.CompletedTask;
        }
    }

    public sealed class CommandRecorderDefinition() : RoutedTestConsumerDefinition<CommandRecorder>(Storefront.Routing.RouteTable.SearchCommand.Endpoint);

    public async Task InitializeAsync()
    {
        var token = TestHosts.NewBotToken();
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _sandbox = await TestHosts.StartSandboxAsync(token);
        _chat = new SandboxClient(new HttpClient { BaseAddress = _sandbox.GetBaseAddress() });
        _settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = _sandbox.GetBaseAddress().ToString().TrimEnd('/'),
            ["Ingress:PollTimeoutSeconds"] = "1",
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
        };
        _recorder = await TestHosts.StartWorkerAsync("Recorder", _settings, builder => builder.AddShopBus(bus => bus.AddConsumer<CommandRecorder, CommandRecorderDefinition>()));
    }

    Task<WebApplication> StartIngressAsync() =>
        TestHosts.StartWorkerAsync("Shop.Ingress", _settings, builder => builder.AddIngress(), app => app.MapIngress());

    async Task<IReadOnlyList<(long UpdateId, Guid? MessageId)>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (Received.TryGetValue(_run, out var bag) && bag.Count >= count) return [.. bag];
            await Task.Delay(100);
        }
        throw new TimeoutException($"Only {(Received.TryGetValue(_run, out var b) ? b.Count : 0)} of {count} updates arrived");
    }

    [Fact]
    public async Task Updates_sent_while_it_was_down_arrive_after_it_starts_again_each_once()
    {
        var user = await _chat.CreateUserAsync("Ivy");
        var ingress = await StartIngressAsync();
        for (var i = 0; i < 3; i++) await _chat.SendTextAsync(user.Id, $"/search {_run} before {i}");
        await WaitForAsync(3);

        await ingress.StopAsync();
        await ingress.DisposeAsync();
        for (var i = 0; i < 3; i++) await _chat.SendTextAsync(user.Id, $"/search {_run} while-down {i}");
        ingress = await StartIngressAsync();
        for (var i = 0; i < 2; i++) await _chat.SendTextAsync(user.Id, $"/search {_run} after {i}");
        var received = await WaitForAsync(8);
        await ingress.DisposeAsync();

        var distinct = received.Select(r => r.UpdateId).Distinct().Count();
        Assert.Equal(8, distinct);
        // A repeat (Telegram re-sending what was not confirmed) keeps its message id, so consumers can drop it.
        Assert.All(received.GroupBy(r => r.UpdateId), group => Assert.Single(group.Select(r => r.MessageId).Distinct()));
    }

    public async Task DisposeAsync()
    {
        await _recorder.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
