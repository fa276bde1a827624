namespace Shop.Messaging.IntegrationTests.Counter;

public sealed record CounterFinished(Guid CounterId);
