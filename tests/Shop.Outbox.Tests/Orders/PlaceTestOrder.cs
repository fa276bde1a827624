namespace Shop.Outbox.Tests.Orders;

/// <summary>The command the test consumer handles; the flags make it fail at the points the outbox must survive.</summary>
public sealed record PlaceTestOrder(Guid OrderId, string Item, bool FailAfterPublish = false, bool FailDelivery = false);
