using System.Diagnostics.Metrics;
using Shop.Messaging.Metrics;

namespace Shop.Messaging.Tests.Metrics;

public sealed class When_metrics_are_written : IDisposable
{
    readonly Scrape _scrape = new();

    [Fact]
    public async Task A_counter_gets_help_type_and_a_total_suffix()
    {
        var counter = _scrape.Meter().CreateCounter<long>("shop.things.done", "{thing}", "Things done.");
        counter.Add(2, new KeyValuePair<string, object?>("kind", "a"));
        counter.Add(3, new KeyValuePair<string, object?>("kind", "a"));

        Assert.Equal(
            ["# HELP shop_things_done_total Things done.", "# TYPE shop_things_done_total counter", "shop_things_done_total{kind=\"a\"} 5"],
            await _scrape.LinesAsync());
    }

    [Fact]
    public async Task Label_values_escape_backslash_quote_and_line_feed()
    {
        var counter = _scrape.Meter().CreateCounter<long>("shop.escaped");
        counter.Add(1, new KeyValuePair<string, object?>("value", "a\\b\"c\nd"));

        Assert.Contains("shop_escaped_total{value=\"a\\\\b\\\"c\\nd\"} 1", await _scrape.LinesAsync());
    }

    [Fact]
    public async Task Labels_are_sorted_so_tag_order_does_not_split_a_series()
    {
        var counter = _scrape.Meter().CreateCounter<long>("shop.sorted");
        counter.Add(1, new("b", "2"), new("a", "1"));
        counter.Add(1, new("a", "1"), new("b", "2"));

        Assert.Contains("shop_sorted_total{a=\"1\",b=\"2\"} 2", await _scrape.LinesAsync());
    }

    [Fact]
    public async Task Help_text_escapes_backslash_and_line_feed()
    {
        _scrape.Meter().CreateCounter<long>("shop.helpful", description: "first\\second\nthird").Add(1);

        Assert.Contains("# HELP shop_helpful_total first\\\\second\\nthird", await _scrape.LinesAsync());
    }

    [Fact]
    public async Task A_counter_never_goes_down()
    {
        var counter = _scrape.Meter().CreateCounter<long>("shop.monotonic");
        counter.Add(5);
        counter.Add(-3);

        Assert.Contains("shop_monotonic_total 5", await _scrape.LinesAsync());
    }

    [Fact]
    public async Task Histogram_buckets_are_cumulative_and_end_in_inf()
    {
        var histogram = _scrape.Meter().CreateHistogram<double>("shop.wait", "s", "Waiting.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1] });
        foreach (var value in new[] { 0.05, 0.1, 0.5, 2, 3 }) histogram.Record(value, new KeyValuePair<string, object?>("queue", "q"));

        Assert.Equal(
            [
                "# HELP shop_wait_seconds Waiting.",
                "# TYPE shop_wait_seconds histogram",
                "shop_wait_seconds_bucket{queue=\"q\",le=\"0.1\"} 2",
                "shop_wait_seconds_bucket{queue=\"q\",le=\"1\"} 3",
                "shop_wait_seconds_bucket{queue=\"q\",le=\"+Inf\"} 5",
                "shop_wait_seconds_sum{queue=\"q\"} 5.65",
                "shop_wait_seconds_count{queue=\"q\"} 5",
            ],
            await _scrape.LinesAsync());
    }

    [Fact]
    public async Task A_histogram_without_advice_uses_the_prometheus_default_buckets()
    {
        _scrape.Meter().CreateHistogram<double>("shop.plain").Record(0.3);

        var buckets = (await _scrape.LinesAsync()).Where(line => line.StartsWith("shop_plain_bucket", StringComparison.Ordinal)).ToList();

        Assert.Equal(MetricFamily.DefaultBounds.Count + 1, buckets.Count);
        Assert.Equal("shop_plain_bucket{le=\"+Inf\"} 1", buckets[^1]);
    }

    [Fact]
    public async Task An_observable_gauge_shows_only_what_its_callback_reports_now()
    {
        var queues = new List<string> { "a", "b" };
        _scrape.Meter().CreateObservableGauge("shop.depth",
            () => queues.Select(q => new Measurement<long>(7, new KeyValuePair<string, object?>("queue", q))));

        Assert.Contains("shop_depth{queue=\"b\"} 7", await _scrape.LinesAsync());
        queues.Remove("b");
        var lines = await _scrape.LinesAsync();

        Assert.Contains("shop_depth{queue=\"a\"} 7", lines);
        Assert.DoesNotContain(lines, line => line.Contains("queue=\"b\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_instrument_with_no_measurements_still_announces_its_name()
    {
        _scrape.Meter().CreateCounter<long>("shop.idle", description: "Nothing yet.");

        Assert.Equal(["# HELP shop_idle_total Nothing yet.", "# TYPE shop_idle_total counter"], await _scrape.LinesAsync());
    }

    [Fact]
    public async Task Meters_outside_the_shop_or_of_another_host_are_not_heard()
    {
        _scrape.Meter("Other.Library").CreateCounter<long>("other.count").Add(1);
        using var foreign = new Meter("Shop.Test");
        foreign.CreateCounter<long>("shop.foreign").Add(1);

        Assert.Empty(await _scrape.TextAsync());
    }

    public void Dispose() => _scrape.Dispose();
}
