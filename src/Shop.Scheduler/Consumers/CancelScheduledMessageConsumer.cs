using MassTransit;
using MassTransit.Scheduling;
using Quartz;
using Shop.Scheduler.Jobs;

namespace Shop.Scheduler.Consumers;

/// <summary>Removes a message scheduled once, by its token; one already sent or never scheduled is nothing to remove.</summary>
public sealed class CancelScheduledMessageConsumer(ISchedulerFactory schedulers, ILogger<CancelScheduledMessageConsumer> logger)
    : IConsumer<CancelScheduledMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var scheduler = await schedulers.GetScheduler(context.CancellationToken);
        var removed = await scheduler.DeleteJob(SchedulerKeys.OneOffJob(context.Message.TokenId), context.CancellationToken);
        logger.LogInformation("Cancelled scheduled message {TokenId}: {Outcome}", context.Message.TokenId, removed ? "removed" : "not pending");
    }
}
