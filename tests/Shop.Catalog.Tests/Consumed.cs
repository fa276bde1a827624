namespace Shop.Catalog.Tests;

/// <summary>A message the catalog finished consuming on one of its queues, whether or not it answered.</summary>
public sealed record Consumed(Guid? MessageId, string Queue);
