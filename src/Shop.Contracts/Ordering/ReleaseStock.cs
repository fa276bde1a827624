namespace Shop.Contracts.Ordering;

/// <summary>Puts an order's reserved quantities back in stock (a cancelled order); releasing twice, or what was never reserved, changes nothing.</summary>
public sealed record ReleaseStock(Guid OrderId);
