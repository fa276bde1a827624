using MassTransit.Scheduling;

namespace Shop.Scheduler.Tests;

/// <summary>A ScheduleMessage as it travels, so a test can deliver the very same command twice.</summary>
public sealed record RedeliveredScheduleMessage(Guid CorrelationId, DateTime ScheduledTime, string[] PayloadType, Uri Destination, object Payload)
    : ScheduleMessage;
