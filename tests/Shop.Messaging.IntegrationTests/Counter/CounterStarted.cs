namespace Shop.Messaging.IntegrationTests.Counter;

public sealed record CounterStarted(Guid CounterId, string Label);
