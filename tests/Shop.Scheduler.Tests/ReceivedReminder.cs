namespace Shop.Scheduler.Tests;

/// <summary>One delivery of a reminder: the message, the id it came with, and when the consumer got it.</summary>
public sealed record ReceivedReminder(Reminder Reminder, Guid? MessageId, DateTime ReceivedAt);
