namespace Shop.Ctl.Tests.FailingShop;

public sealed record ChargeCard(Guid OrderId, long AmountMinor);
