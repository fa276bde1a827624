using MassTransit.Scheduling;

namespace Shop.Scheduler.Tests;

/// <summary>A recurring schedule that fires every second, under an id of a test's own.</summary>
public sealed class EverySecond : RecurringSchedule
{
    public string TimeZoneId => TimeZoneInfo.Utc.Id;

    public DateTimeOffset StartTime { get; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? EndTime => null;

    public string ScheduleId { get; } = Guid.NewGuid().ToString("N");

    public string ScheduleGroup => "tests";

    public string CronExpression => "0/1 * * * * ?";

    public string Description => "every second";

    public MissedEventPolicy MisfirePolicy => MissedEventPolicy.Skip;
}
