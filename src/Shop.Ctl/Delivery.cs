namespace Shop.Ctl;

/// <summary>A dead letter taken from its queue and not yet acknowledged: the broker still holds it for us.</summary>
public sealed record Delivery(ulong Tag, DeadLetter Letter);
