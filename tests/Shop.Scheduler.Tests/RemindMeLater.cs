namespace Shop.Scheduler.Tests;

/// <summary>Asks the test consumer to schedule <see cref="Reminder"/> to its own queue, as a saga's <c>Schedule</c> does.</summary>
public sealed record RemindMeLater(Reminder Reminder, DateTime Due);
