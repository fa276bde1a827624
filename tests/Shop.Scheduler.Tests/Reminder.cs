namespace Shop.Scheduler.Tests;

/// <summary>A message a test schedules; it stands for any worker's message.</summary>
public sealed record Reminder(Guid Id, string Text);
