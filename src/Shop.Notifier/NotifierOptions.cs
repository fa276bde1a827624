namespace Shop.Notifier;

/// <summary>Pacing to Telegram's limits (section <c>Notifier</c>): about 30 messages a second overall, one a second per chat.</summary>
public sealed class NotifierOptions
{
    public const string SectionName = "Notifier";

    public double GlobalPerSecond { get; set; } = 30;

    public int GlobalBurst { get; set; } = 30;

    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Telegram tolerates short bursts in one chat (a receipt and a status line, say).</summary>
    public int PerChatBurst { get; set; } = 3;

    /// <summary>Messages handled at once; pacing one chat must not hold up the others.</summary>
    public int ConcurrentMessageLimit { get; set; } = 32;

    /// <summary>How many more times an edit by tag looks for its message while the tagged send may still be on the way.</summary>
    public int TaggedEditRetries { get; set; } = 5;

    /// <summary>The pause before the first of those tries; each later one waits this much longer (0.5 s, 1 s, ... 7.5 s in all).</summary>
    public TimeSpan TaggedEditRetryInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
