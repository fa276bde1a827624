using MassTransit;
using MassTransit.Serialization;
using Quartz;

namespace Shop.Scheduler.Jobs;

/// <summary>The Quartz job that sends a stored message when its trigger fires.</summary>
public sealed class ScheduledSendJob(IBus bus, TimeProvider clock, ILogger<ScheduledSendJob> logger) : IJob
{
    /// <summary>The job data key of the <see cref="ScheduledSend"/> JSON.</summary>
    public const string DataKey = "send";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (!context.MergedJobDataMap.TryGetValue(DataKey, out var stored) || stored is not string json)
        {
            logger.LogError("Scheduled job {Job} has no message to send; dropped", context.JobDetail.Key);
            return;
        }
        var send = ScheduledSend.FromJson(json);
        var now = clock.GetUtcNow().UtcDateTime;
        if (send.HasExpired(now))
        {
            logger.LogWarning("Scheduled message {MessageId} to {Destination} expired before it was due; not sent", send.MessageId, send.Destination);
            return;
        }
        var endpoint = await bus.GetSendEndpoint(send.Destination);
        // A stand-in for the message: ScheduledSend.ApplyTo replaces its body with the stored one.
        var applyStored = Pipe.Execute<SendContext>(sendContext => send.ApplyTo(sendContext, context.ScheduledFireTimeUtc, now));
        await endpoint.Send(new SerializedMessageBody(), applyStored, cancellationToken);
        logger.LogInformation("Sent scheduled message {MessageId} ({MessageType}) to {Destination}, due {Due}",
            send.MessageIdFor(context.ScheduledFireTimeUtc), send.MessageType.FirstOrDefault(), send.Destination, context.ScheduledFireTimeUtc);
    }
}
