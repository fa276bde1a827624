namespace Shop.Messaging.IntegrationTests.Counter;

/// <summary>Finds its counter by label, not by id: the repository's query path.</summary>
public sealed record LabelledCounterIncremented(string Label);
