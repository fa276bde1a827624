namespace Shop.Outbox.Tests.Orders;

/// <summary>The event the test consumer publishes for each order it stores.</summary>
public sealed record TestOrderPlaced(Guid OrderId);
