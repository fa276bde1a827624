using MassTransit;

namespace Shop.Scheduler.Tests;

/// <summary>Stands for a worker's consumer: records the reminders it gets, and schedules one to itself when asked.</summary>
public sealed class ReminderConsumer(ReceivedReminders received) : IConsumer<Reminder>, IConsumer<RemindMeLater>
{
    public Task Consume(ConsumeContext<Reminder> context)
    {
        received.Add(new ReceivedReminder(context.Message, context.MessageId, DateTime.UtcNow));
        return Task.CompletedTask;
    }

    // The consume context's scheduler and the endpoint's own address: what a state machine's Schedule(...) uses.
    public Task Consume(ConsumeContext<RemindMeLater> context) =>
        context.ScheduleSend(context.ReceiveContext.InputAddress, context.Message.Due, context.Message.Reminder);
}
