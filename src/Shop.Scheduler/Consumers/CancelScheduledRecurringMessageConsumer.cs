using MassTransit;
using MassTransit.Scheduling;
using Quartz;
using Shop.Scheduler.Jobs;

namespace Shop.Scheduler.Consumers;

/// <summary>Removes a recurring schedule by its id and group.</summary>
public sealed class CancelScheduledRecurringMessageConsumer(ISchedulerFactory schedulers, ILogger<CancelScheduledRecurringMessageConsumer> logger)
    : IConsumer<CancelScheduledRecurringMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledRecurringMessage> context)
    {
        var message = context.Message;
        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        var removed = await scheduler.DeleteJob(SchedulerKeys.RecurringJob(message.ScheduleId, message.ScheduleGroup), context.CancellationToken);
        logger.LogInformation("Cancelled recurring schedule {ScheduleGroup}/{ScheduleId}: {Outcome}",
            message.ScheduleGroup, message.ScheduleId, removed ? "removed" : "not found");
    }
}
