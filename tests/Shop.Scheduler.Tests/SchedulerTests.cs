using MassTransit;
using Shop.Messaging;

namespace Shop.Scheduler.Tests;

/// <summary>The Scheduler worker against the real RabbitMQ and PostgreSQL, used the way other workers use it.</summary>
public sealed class When_a_worker_schedules_a_message : IAsyncLifetime
{
    // Quartz waits on a timer and stores times at its own precision, so a message may leave a hair before its time.
    static readonly TimeSpan FiringGranularity = TimeSpan.FromMilliseconds(20);

    SchedulerWorld _world = null!;

    public async Task InitializeAsync() => _world = await SchedulerWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    static Reminder NewReminder(string text) => new(Guid.NewGuid(), text);

    Task<ScheduledMessage<Reminder>> SchedulePublish(DateTime due, Reminder reminder) =>
        _world.WithSchedulerAsync(scheduler => scheduler.SchedulePublish(due, reminder));

    [Fact]
    public async Task It_arrives_once_as_its_own_type_and_not_before_its_time()
    {
        var reminder = NewReminder("pay for order 17");
        var due = DateTime.UtcNow.AddSeconds(2);

        await SchedulePublish(due, reminder);

        var received = await _world.Received.WaitForAsync(reminder.Id);
        Assert.Equal(reminder, received.Reminder);
        Assert.True(received.ReceivedAt >= due - FiringGranularity, $"arrived at {received.ReceivedAt:O}, due {due:O}");
        // A sent message leaves no job behind; once it is gone, nothing can send the message a second time.
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 0, "the fired job removed");
        Assert.Single(_world.Received.Of(reminder.Id));
    }

    [Fact]
    public async Task One_a_consumer_schedules_to_its_own_queue_arrives_there()
    {
        var reminder = NewReminder("from a consumer");

        await _world.ClientBus.Publish(new RemindMeLater(reminder, DateTime.UtcNow.AddSeconds(1)));

        var received = await _world.Received.WaitForAsync(reminder.Id);
        Assert.Equal(reminder, received.Reminder);
    }

    [Fact]
    public async Task A_cancelled_one_never_arrives()
    {
        var cancelled = NewReminder("cancelled");
        var due = DateTime.UtcNow.AddSeconds(2);
        var scheduled = await SchedulePublish(due, cancelled);
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 1, "the schedule stored");

        await _world.WithSchedulerAsync(async scheduler =>
        {
            await scheduler.CancelScheduledPublish<Reminder>(scheduled.TokenId);
            return true;
        });
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 0, "the schedule removed");

        // A reminder due after the cancelled one: once it arrives, the cancelled one's time has long passed.
        var later = NewReminder("later");
        await SchedulePublish(due.AddSeconds(1), later);
        await _world.Received.WaitForAsync(later.Id);
        Assert.Empty(_world.Received.Of(cancelled.Id));
    }

    [Fact]
    public async Task It_still_arrives_when_the_scheduler_restarts_after_it_fell_due()
    {
        var reminder = NewReminder("survives a restart");
        var due = DateTime.UtcNow.AddSeconds(2);
        await SchedulePublish(due, reminder);
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 1, "the schedule stored");

        await _world.StopSchedulerAsync();
        var wakeUp = due.AddSeconds(1) - DateTime.UtcNow;
        if (wakeUp > TimeSpan.Zero) await Task.Delay(wakeUp);
        Assert.Empty(_world.Received.Of(reminder.Id));
        await _world.StartSchedulerAsync();

        var received = await _world.Received.WaitForAsync(reminder.Id);
        Assert.Equal(reminder, received.Reminder);
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 0, "the fired job removed");
        Assert.Single(_world.Received.Of(reminder.Id));
    }

    [Fact]
    public async Task A_redelivered_schedule_command_makes_one_job_and_one_message()
    {
        var reminder = NewReminder("asked for twice");
        var command = new RedeliveredScheduleMessage(NewId.NextGuid(), DateTime.UtcNow.AddSeconds(2),
            [MessageUrn.ForTypeString<Reminder>()], new Uri("exchange:scheduler-reminder"), reminder);
        var commandId = NewId.NextGuid();
        var scheduler = await _world.ClientBus.GetSendEndpoint(ShopScheduler.Address);

        await scheduler.Send<MassTransit.Scheduling.ScheduleMessage>(command, context => context.MessageId = commandId);
        await scheduler.Send<MassTransit.Scheduling.ScheduleMessage>(command, context => context.MessageId = commandId);
        await SchedulerWorld.Eventually(() => Task.FromResult(_world.SchedulesConsumed.Value == 2), "both copies consumed");

        Assert.Equal(1, await _world.JobCountAsync());
        var received = await _world.Received.WaitForAsync(reminder.Id);
        Assert.Equal(commandId, received.MessageId);
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 0, "the fired job removed");
        Assert.Single(_world.Received.Of(reminder.Id));
    }

    [Fact]
    public async Task A_recurring_one_arrives_each_time_with_its_own_id_until_cancelled()
    {
        var reminder = NewReminder("every second");
        var schedule = new EverySecond();
        var scheduler = await _world.ClientBus.GetSendEndpoint(ShopScheduler.Address);

        await scheduler.ScheduleRecurringSend(new Uri("exchange:scheduler-reminder"), schedule, reminder);
        await SchedulerWorld.Eventually(() => Task.FromResult(_world.Received.Of(reminder.Id).Count >= 2), "two occurrences");

        // Consumers drop a message id they have seen; each occurrence must be a message of its own.
        var ids = _world.Received.Of(reminder.Id).Select(r => r.MessageId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        await scheduler.CancelScheduledRecurringSend(schedule.ScheduleId, schedule.ScheduleGroup);
        await SchedulerWorld.Eventually(async () => await _world.JobCountAsync() == 0, "the schedule removed");
        var atCancel = _world.Received.Of(reminder.Id).Count;
        var marker = NewReminder("after the schedule ended");
        await SchedulePublish(DateTime.UtcNow.AddSeconds(2), marker);
        await _world.Received.WaitForAsync(marker.Id);
        // At most one send that was already under way when the schedule was removed.
        Assert.InRange(_world.Received.Of(reminder.Id).Count, atCancel, atCancel + 1);
    }
}
