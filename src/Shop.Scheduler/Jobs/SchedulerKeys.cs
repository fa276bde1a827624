using Quartz;

namespace Shop.Scheduler.Jobs;

/// <summary>How scheduled messages are named in Quartz: a one-off by its token, a recurring one by its schedule id and group.</summary>
public static class SchedulerKeys
{
    const string OneOffGroup = "scheduled";
    const string RecurringGroupPrefix = "recurring:";

    public static JobKey OneOffJob(Guid tokenId) => new(tokenId.ToString("N"), OneOffGroup);

    public static TriggerKey OneOffTrigger(Guid tokenId) => new(tokenId.ToString("N"), OneOffGroup);

    public static JobKey RecurringJob(string scheduleId, string? scheduleGroup) => new(scheduleId, RecurringGroupPrefix + scheduleGroup);

    public static TriggerKey RecurringTrigger(string scheduleId, string? scheduleGroup) => new(scheduleId, RecurringGroupPrefix + scheduleGroup);
}
