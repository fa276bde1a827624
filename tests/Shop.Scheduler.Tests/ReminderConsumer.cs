using MassTransit;

namespace Shop.Scheduler.Tests;

/// <summary>Stands for a worker's consumer of a scheduled message.</summary>
public sealed class ReminderConsumer(ReceivedReminders received) : IConsumer<Reminder>
{
    public Task Consume(ConsumeContext<Reminder> context)
    {
        received.Add(new ReceivedReminder(context.Message, context.MessageId, DateTime.UtcNow));
        return Task.CompletedTask;
    }
}
