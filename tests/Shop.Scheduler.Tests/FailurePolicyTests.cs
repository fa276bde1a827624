using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Messaging;
using Shop.Testing;

namespace Shop.Scheduler.Tests;

/// <summary>
/// The failure policy on a real broker with the real Scheduler worker: quick retries, then redelivery later through the
/// scheduler, then the error queue; permanent faults skip the retrying; an enormous fault still reaches the error queue.
/// </summary>
public sealed class When_a_consumer_fails : IAsyncLifetime
{
    readonly FlakyAttempts _attempts = new();
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _scheduler = null!;
    WebApplication _worker = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            ["Failures:Retries"] = "00:00:00.05,00:00:00.05",
            ["Failures:Redeliveries"] = "00:00:01,00:00:01",
        };
        _scheduler = await TestHosts.StartWorkerAsync("Shop.Scheduler", settings, builder => builder.AddSchedulerWorker());
        _worker = await TestHosts.StartWorkerAsync("Shop.Scheduler.Tests", settings, builder =>
        {
            builder.Services.AddSingleton(_attempts);
            builder.AddShopBus(bus => bus.AddConsumer<FlakyConsumer, FlakyConsumerDefinition>());
        });
    }

    Task Publish(Flaky message) => _worker.Services.GetRequiredService<IBus>().Publish(message);

    [Fact]
    public async Task A_transient_fault_is_retried_then_redelivered_later_and_finally_handled()
    {
        var id = Guid.NewGuid();

        // Three attempts per delivery (one and two retries): five failures need the first redelivery's third attempt.
        await Publish(new Flaky(id, "transient", FailTimes: 5));

        await SchedulerWorld.Eventually(() => Task.FromResult(_attempts.SucceededAfterRedeliveries.ContainsKey(id)), "the flaky message handled");
        Assert.Equal(6, _attempts.Count[id]);
        Assert.Equal(1, _attempts.SucceededAfterRedeliveries[id]);
        Assert.Equal(0, await ErrorCountAsync());
    }

    [Fact]
    public async Task A_permanent_fault_goes_to_the_error_queue_without_retrying()
    {
        var id = Guid.NewGuid();

        await Publish(new Flaky(id, "permanent"));

        await SchedulerWorld.Eventually(async () => await ErrorCountAsync() >= 1, "the message in flaky_error");
        Assert.Equal(1, _attempts.Count[id]);
    }

    [Fact]
    public async Task An_enormous_fault_still_reaches_the_error_queue_trimmed()
    {
        var id = Guid.NewGuid();

        await Publish(new Flaky(id, "huge"));

        await SchedulerWorld.Eventually(async () => await ErrorCountAsync() >= 1, "the message in flaky_error");
        var headers = await ErrorHeadersAsync();
        var message = headers.GetProperty("MT-Fault-Message").GetString()!;
        Assert.InRange(message.Length, 100, 8000);
        Assert.Contains("InvalidOperationException", message);
        Assert.True(_attempts.Count[id] == 9, $"{_attempts.Count[id]} attempts; headers {headers}".Replace(new string('x', 100), ""));
    }

    async Task<long> ErrorCountAsync()
    {
        using var response = await _vhost.Management.GetAsync($"api/queues/{Uri.EscapeDataString(_vhost.Name)}/flaky_error");
        if (!response.IsSuccessStatusCode) return 0;
        var queue = await response.Content.ReadFromJsonAsync<JsonElement>();
        return queue.TryGetProperty("messages", out var count) ? count.GetInt64() : 0;
    }

    async Task<JsonElement> ErrorHeadersAsync()
    {
        using var response = await _vhost.Management.PostAsJsonAsync($"api/queues/{Uri.EscapeDataString(_vhost.Name)}/flaky_error/get",
            new { count = 1, ackmode = "ack_requeue_true", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        return messages[0].GetProperty("properties").GetProperty("headers");
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _worker, _scheduler })
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
