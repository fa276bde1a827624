using MassTransit;
using MassTransit.Scheduling;
using Quartz;
using Shop.Scheduler.Jobs;

namespace Shop.Scheduler.Consumers;

/// <summary>Stores a message to send on a cron schedule, keyed by the schedule's id and group.</summary>
public sealed class ScheduleRecurringMessageConsumer(ISchedulerFactory schedulers, ILogger<ScheduleRecurringMessageConsumer> logger)
    : IConsumer<ScheduleRecurringMessage>
{
    public async Task Consume(ConsumeContext<ScheduleRecurringMessage> context)
    {
        var message = context.Message;
        var schedule = message.Schedule;
        var send = ScheduledSend.From(context, message.Destination, message.PayloadType, message.Payload, recurring: true);
        var job = JobBuilder.Create<ScheduledSendJob>()
            .WithIdentity(SchedulerKeys.RecurringJob(schedule.ScheduleId, schedule.ScheduleGroup))
            .UsingJobData(ScheduledSendJob.DataKey, send.ToJson())
            .RequestRecovery()
            .Build();
        var cron = CronScheduleBuilder.Create(schedule.CronExpression)
            .InTimeZone(TimeZoneOf(schedule))
            .WithMisfireInstruction(schedule.MisfirePolicy switch
            {
                MissedEventPolicy.Skip => CronTriggerMisfireInstruction.DoNothing,
                MissedEventPolicy.Send => CronTriggerMisfireInstruction.FireAndProceed,
                _ => CronTriggerMisfireInstruction.SmartPolicy,
            });
        var trigger = TriggerBuilder.Create<ScheduledSendJob>()
            .WithIdentity(SchedulerKeys.RecurringTrigger(schedule.ScheduleId, schedule.ScheduleGroup))
            .WithDescription(schedule.Description)
            .ForJob(job)
            .StartAt(schedule.StartTime)
            .EndAt(schedule.EndTime)
            .WithSchedule(cron)
            .WithRetryPolicy(ScheduleTimes.SendRetries)
            .Build();

        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        // Replacing: scheduling the same id again changes that schedule, as MassTransit's own schedulers do.
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, context.CancellationToken);
        logger.LogInformation("Scheduled recurring {MessageType} to {Destination} as {ScheduleGroup}/{ScheduleId} ({Cron})",
            message.PayloadType.FirstOrDefault(), message.Destination, schedule.ScheduleGroup, schedule.ScheduleId, schedule.CronExpression);
    }

    static TimeZoneInfo TimeZoneOf(RecurringSchedule schedule) =>
        string.IsNullOrWhiteSpace(schedule.TimeZoneId) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
}
