using Quartz;

namespace Shop.Scheduler.Consumers;

/// <summary>Time handling shared by the schedule consumers.</summary>
public static class ScheduleTimes
{
    /// <summary>
    /// A send that fails (the broker restarting, say) is fired again with growing pauses; the trigger stays in PostgreSQL
    /// meanwhile, so a message is not lost to a short outage.
    /// </summary>
    public static RetryPolicy SendRetries { get; } = RetryPolicy.Exponential(20, TimeSpan.FromSeconds(1), 2, TimeSpan.FromMinutes(1));

    /// <summary>MassTransit sends scheduled times in UTC; one without a kind is taken as UTC too, a local one converted.</summary>
    public static DateTimeOffset AsUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(time.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
