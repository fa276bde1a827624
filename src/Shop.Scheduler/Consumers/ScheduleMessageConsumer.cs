using MassTransit;
using MassTransit.Scheduling;
using Quartz;
using Shop.Scheduler.Jobs;

namespace Shop.Scheduler.Consumers;

/// <summary>Stores a message to send once at a given time, as a Quartz job keyed by the schedule's token.</summary>
public sealed class ScheduleMessageConsumer(ISchedulerFactory schedulers, ILogger<ScheduleMessageConsumer> logger) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var message = context.Message;
        var send = ScheduledSend.From(context, message.Destination, message.PayloadType, message.Payload);
        var job = JobBuilder.Create<ScheduledSendJob>()
            .WithIdentity(SchedulerKeys.OneOffJob(message.CorrelationId))
            .UsingJobData(ScheduledSendJob.DataKey, send.ToJson())
            // Re-run after a crash mid-send: the message keeps its id, so a consumer that saw it already drops it.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create<ScheduledSendJob>()
            .WithIdentity(SchedulerKeys.OneOffTrigger(message.CorrelationId))
            .ForJob(job)
            .StartAt(ScheduleTimes.AsUtc(message.ScheduledTime))
            // Due while no scheduler was running: send as soon as one is.
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(ScheduleTimes.SendRetries)
            .Build();

        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        // Replacing, so a redelivered command (same token) rewrites its own job rather than adding a second one.
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, context.CancellationToken);
        logger.LogInformation("Scheduled {MessageType} to {Destination} at {Due} (token {TokenId})",
            message.PayloadType.FirstOrDefault(), message.Destination, trigger.StartTimeUtc, message.CorrelationId);
    }
}
