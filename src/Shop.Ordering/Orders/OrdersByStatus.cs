using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Metrics;
using Shop.Ordering.Data;

namespace Shop.Ordering.Orders;

/// <summary>
/// Orders per status, and how long the oldest of each open status has waited, as gauges on <c>/metrics</c>. Read from
/// <c>ordering.orders</c> at most every ten seconds, so scrapes do not load the database.
/// </summary>
public sealed class OrdersByStatus : IScrapeSource
{
    public const string MeterName = "Shop.Ordering";

    /// <summary>The names as scraped, for dashboards and alert rules.</summary>
    public const string Orders = "shop_orders";
    public const string OldestAge = "shop_orders_oldest_age_seconds";

    public const string StatusLabel = "status";

    /// <summary>Statuses an order should move on from; the age of a delivered or cancelled order says nothing.</summary>
    static readonly IReadOnlySet<string> Waiting = new HashSet<string>([OrderStatus.Reserving, .. OrderStatus.Open]);

    readonly IServiceScopeFactory _scopes;
    readonly TimeProvider _time;
    readonly CachedReading<IReadOnlyList<StatusCount>> _counts;

    public OrdersByStatus(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time, ILogger<OrdersByStatus> logger)
    {
        _scopes = scopes;
        _time = time;
        _counts = new(TimeSpan.FromSeconds(10), ReadAsync, logger, time);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("shop.orders", () => (_counts.Current ?? [])
                .Select(s => new Measurement<long>(s.Count, new KeyValuePair<string, object?>(StatusLabel, s.Status))),
            "{order}", "Orders in each status.");
        meter.CreateObservableGauge("shop.orders.oldest.age", () => (_counts.Current ?? [])
                .Where(s => Waiting.Contains(s.Status))
                .Select(s => new Measurement<double>((_time.GetUtcNow() - s.OldestUpdate).TotalSeconds,
                    new KeyValuePair<string, object?>(StatusLabel, s.Status))),
            "s", "Seconds since the longest-waiting order of each open status last changed: a placed order nobody accepts shows here.");
    }

    public Task RefreshAsync(CancellationToken cancellationToken) => _counts.RefreshAsync(cancellationToken);

    async Task<IReadOnlyList<StatusCount>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        // SELECT status, count(*), min(updated_at) FROM ordering.orders GROUP BY status
        return await db.Orders.AsNoTracking()
            .GroupBy(o => o.CurrentState)
            .Select(g => new StatusCount(g.Key, g.LongCount(), g.Min(o => o.UpdatedAt)))
            .ToListAsync(cancellationToken);
    }
}
