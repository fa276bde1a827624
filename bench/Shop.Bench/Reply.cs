namespace Shop.Bench;

/// <summary>One answered update: what the user did and how long the bot took, in sandbox milliseconds.</summary>
public sealed record Reply(string Label, long LatencyMs);
