namespace Shop.Ctl.Tests.FailingShop;

public sealed record ShipParcel(Guid OrderId, string Address);
