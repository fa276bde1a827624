namespace Shop.Scheduler.Tests;

/// <summary>A message whose consumer fails on purpose: <paramref name="Kind"/> is transient (fails <paramref name="FailTimes"/> times), permanent or huge.</summary>
public sealed record Flaky(Guid Id, string Kind, int FailTimes = 0);
