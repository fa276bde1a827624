namespace Shop.Messaging.Outbox;

/// <summary>Settings of the transactional outbox (section <c>Outbox</c>), shared by every worker in the process that uses it.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the sweeper looks for outbox messages nobody delivered.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after its consumer committed an undelivered outbox is left to the consumer itself; after that the
    /// consumer is assumed gone (a crash between commit and delivery) and the sweeper delivers it.
    /// </summary>
    public TimeSpan DeliverAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many abandoned inbox messages one sweep takes on.</summary>
    public int SweepBatchSize { get; set; } = 100;

    /// <summary>How long a delivered message's inbox row is kept: a copy redelivered within this window is recognised and dropped.</summary>
    public TimeSpan DuplicateDetectionWindow { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many outbox messages one delivery pass sends before it commits its progress.</summary>
    public int MessageDeliveryLimit { get; set; } = 100;
}
