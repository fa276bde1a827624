using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Shop.Messaging.Metrics;

namespace Shop.Messaging.Tests.Metrics;

public sealed class When_a_reading_is_cached
{
    sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task It_is_read_again_only_once_it_is_older_than_its_period()
    {
        var time = new ManualTime();
        var reads = 0;
        var reading = new CachedReading<string>(TimeSpan.FromSeconds(5), _ => Task.FromResult($"read {++reads}"), NullLogger.Instance, time);

        await Task.WhenAll(reading.RefreshAsync(default), reading.RefreshAsync(default), reading.RefreshAsync(default));
        time.Now += TimeSpan.FromSeconds(4);
        await reading.RefreshAsync(default);
        Assert.Equal("read 1", reading.Current);

        time.Now += TimeSpan.FromSeconds(2);
        await reading.RefreshAsync(default);
        Assert.Equal("read 2", reading.Current);
    }

    [Fact]
    public async Task A_failed_read_leaves_no_value_behind()
    {
        var time = new ManualTime();
        var fail = false;
        var reading = new CachedReading<string>(TimeSpan.FromSeconds(5),
            _ => fail ? throw new HttpRequestException("refused") : Task.FromResult("ok"), NullLogger.Instance, time);
        await reading.RefreshAsync(default);

        fail = true;
        time.Now += TimeSpan.FromSeconds(10);
        await reading.RefreshAsync(default);

        Assert.Null(reading.Current);
    }

    [Fact]
    public void Queue_depths_are_parsed_from_the_management_api_and_missing_statistics_stay_null()
    {
        using var json = JsonDocument.Parse("""
            [{"name":"cart-state","messages_ready":3,"messages_unacknowledged":1,"consumers":2},{"name":"fresh","consumers":0}]
            """);

        Assert.Equal(
            [new QueueDepth("cart-state", 3, 1, 2), new QueueDepth("fresh", null, null, 0)],
            RabbitMqQueueDepths.Parse(json.RootElement));
    }
}
