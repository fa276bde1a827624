namespace Shop.Scheduler;

/// <summary>Settings of the Scheduler worker (section <c>Scheduler</c>).</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Schedule and cancel commands handled at once; each is one short PostgreSQL transaction.</summary>
    public int ConcurrentMessageLimit { get; set; } = 16;
}
