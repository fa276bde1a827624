namespace Shop.Ingress;

/// <summary>What one update becomes: a bus message, or nothing with the reason why.</summary>
public sealed record UpdateRoute(object? Message, string? IgnoredBecause)
{
    public static UpdateRoute To(object message) => new(message, null);

    public static UpdateRoute Ignore(string reason) => new(null, reason);
}
