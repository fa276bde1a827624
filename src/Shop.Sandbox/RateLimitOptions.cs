namespace Shop.Sandbox;

/// <summary>Flood limits applied to outgoing message methods, as Telegram does.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public double GlobalPerSecond { get; set; } = 30;

    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Telegram tolerates short bursts in one chat before it starts answering 429.</summary>
    public int PerChatBurst { get; set; } = 3;
}
