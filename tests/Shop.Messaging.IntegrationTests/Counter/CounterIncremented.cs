namespace Shop.Messaging.IntegrationTests.Counter;

public sealed record CounterIncremented(Guid CounterId);
