using System.Collections.Concurrent;

namespace Shop.Scheduler.Tests;

/// <summary>Every reminder the test consumer got, with the time it got it.</summary>
public sealed class ReceivedReminders
{
    readonly ConcurrentQueue<ReceivedReminder> _received = new();

    public void Add(ReceivedReminder reminder) => _received.Enqueue(reminder);

    public IReadOnlyList<ReceivedReminder> Of(Guid reminderId) => _received.Where(r => r.Reminder.Id == reminderId).ToList();

    /// <summary>The first delivery of a reminder; the patience is a bound against hanging, not a timing assertion.</summary>
    public async Task<ReceivedReminder> WaitForAsync(Guid reminderId, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (Of(reminderId) is [var first, ..]) return first;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Reminder {reminderId} never arrived.");
            await Task.Delay(50);
        }
    }
}
