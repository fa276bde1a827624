namespace Shop.Contracts.Ordering;

/// <summary>Scheduled when an order is placed: nobody accepted it in time, so it is cancelled.</summary>
public sealed record OrderAcceptanceExpired(Guid OrderId);
