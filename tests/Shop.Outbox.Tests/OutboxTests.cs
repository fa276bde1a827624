using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Outbox.Tests.Orders;
using Shop.Testing;

namespace Shop.Outbox.Tests;

/// <summary>The transactional outbox against real PostgreSQL and RabbitMQ, through a worker host built like the real ones.</summary>
public sealed class When_a_consumer_uses_the_transactional_outbox : IAsyncLifetime
{
    const string Schema = OutboxTestDbContext.Schema;
    readonly List<WebApplication> _hosts = [];
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    IBus _bus = null!;
    RecordedMessages _recorded = null!;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        var worker = await StartWorkerAsync(withRecorders: true);
        _bus = worker.Services.GetRequiredService<IBus>();
        _recorded = worker.Services.GetRequiredService<RecordedMessages>();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }

    async Task<WebApplication> StartWorkerAsync(bool withRecorders)
    {
        var host = await TestHosts.StartWorkerAsync("Shop.Outbox.Tests", new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            // The sweeper takes over an undelivered outbox a second after its commit, so the crash test does not wait long.
            ["Outbox:SweepInterval"] = "00:00:00.200",
            ["Outbox:DeliverAfter"] = "00:00:01",
        }, builder => builder.AddOutboxTestWorker(withRecorders));
        _hosts.Add(host);
        return host;
    }

    Task Send(PlaceTestOrder order, Guid messageId) => _bus.Publish(order, context => context.MessageId = messageId);

    [Fact]
    public async Task One_message_stores_one_row_and_publishes_one_event()
    {
        var order = new PlaceTestOrder(NewId.NextGuid(), "tea");
        var messageId = NewId.NextGuid();

        await Send(order, messageId);
        await UntilSettledAsync(messageId, copies: 1);
        await DrainRecorderAsync();

        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM {Schema}.test_orders WHERE id = '{order.OrderId}'"));
        Assert.Equal(1, _recorded.PlacedCount(order.OrderId));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM {Schema}.outbox_message"));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_stores_one_row_and_publishes_one_event()
    {
        var order = new PlaceTestOrder(NewId.NextGuid(), "coffee");
        var messageId = NewId.NextGuid();

        await Send(order, messageId);
        await UntilSettledAsync(messageId, copies: 1);
        await Send(order, messageId);
        await UntilSettledAsync(messageId, copies: 2);
        await DrainRecorderAsync();

        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM {Schema}.test_orders WHERE id = '{order.OrderId}'"));
        Assert.Equal(1, _recorded.PlacedCount(order.OrderId));
        Assert.Empty(_recorded.Faulted);
    }

    [Fact]
    public async Task A_consumer_that_fails_after_publishing_leaves_no_row_and_no_event()
    {
        var order = new PlaceTestOrder(NewId.NextGuid(), "cake", FailAfterPublish: true);
        var messageId = NewId.NextGuid();

        await Send(order, messageId);
        await UntilAsync(() => Task.FromResult(_recorded.Faulted.Contains(order.OrderId)), "the consumer to fail");
        await DrainRecorderAsync();

        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM {Schema}.test_orders WHERE id = '{order.OrderId}'"));
        Assert.Equal(0, _recorded.PlacedCount(order.OrderId));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM {Schema}.inbox_state WHERE message_id = '{messageId}'"));
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM {Schema}.outbox_message"));
    }

    [Fact]
    public async Task An_outbox_committed_but_not_delivered_is_delivered_by_the_sweeper_once()
    {
        // The first delivery attempt fails after the commit, as if the process had died there; no retry is configured,
        // so the message goes to the error queue and only the sweeper can still deliver the event.
        var order = new PlaceTestOrder(NewId.NextGuid(), "bread", FailDelivery: true);
        var messageId = NewId.NextGuid();

        await Send(order, messageId);
        await UntilAsync(() => ErrorQueueHoldsAsync(order.OrderId), "the message to reach the error queue");
        await UntilSettledAsync(messageId, copies: 1);
        await DrainRecorderAsync();

        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM {Schema}.test_orders WHERE id = '{order.OrderId}'"));
        Assert.Equal(1, _recorded.PlacedCount(order.OrderId));
    }

    [Fact]
    public async Task Two_workers_racing_on_copies_of_the_same_messages_store_and_publish_each_once()
    {
        await StartWorkerAsync(withRecorders: false);
        var orders = Enumerable.Range(1, 20).Select(i => (Order: new PlaceTestOrder(NewId.NextGuid(), $"item {i}"), MessageId: NewId.NextGuid())).ToList();

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => orders).Select(o => Send(o.Order, o.MessageId)));
        foreach (var (_, messageId) in orders) await UntilSettledAsync(messageId, copies: 3);
        await DrainRecorderAsync();

        var ids = string.Join(",", orders.Select(o => $"'{o.Order.OrderId}'"));
        Assert.Equal(20, await CountAsync($"SELECT count(*) FROM {Schema}.test_orders WHERE id IN ({ids})"));
        Assert.All(orders, o => Assert.Equal(1, _recorded.PlacedCount(o.Order.OrderId)));
        Assert.Empty(_recorded.Faulted);
    }

    Task<long> CountAsync(string sql) => _database.ScalarAsync(sql);

    /// <summary>Peeks at the consumer's error queue (the messages go back to it) for the message of an order.</summary>
    async Task<bool> ErrorQueueHoldsAsync(Guid orderId)
    {
        var response = await _vhost.Management.PostAsJsonAsync($"api/queues/{_vhost.Name}/outbox-place-test-order_error/get",
            new { count = 10, ackmode = "ack_requeue_true", encoding = "auto" });
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(orderId.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Every copy has been through the inbox and the outbox is delivered and cleared: nothing more will be sent.</summary>
    Task UntilSettledAsync(Guid messageId, int copies) => UntilAsync(async () =>
        await CountAsync($"SELECT count(*) FROM {Schema}.inbox_state WHERE message_id = '{messageId}' AND receive_count = {copies} AND delivered IS NOT NULL") == 1
        && await CountAsync($"SELECT count(*) FROM {Schema}.outbox_message WHERE inbox_message_id = '{messageId}'") == 0,
        $"message {messageId} to settle after {copies} copies");

    /// <summary>The recorder takes events one at a time in queue order: once a marker sent now is recorded, so is everything before it.</summary>
    async Task DrainRecorderAsync()
    {
        var marker = NewId.NextGuid();
        await _bus.Publish(new TestOrderPlaced(marker));
        await UntilAsync(() => Task.FromResult(_recorded.PlacedCount(marker) == 1), "the marker event");
    }

    /// <summary>Waits for <paramref name="condition"/>; the bound only turns a broken pipeline into a failure instead of a hang.</summary>
    static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what}");
            await Task.Delay(100);
        }
    }
}
