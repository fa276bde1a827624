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
}
