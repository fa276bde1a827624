namespace Shop.Ctl;

/// <summary>A policy or operator policy of the virtual host, as far as delivery limits go.</summary>
public sealed record QueuePolicy(string Pattern, string ApplyTo, int Priority, long? DeliveryLimit);
