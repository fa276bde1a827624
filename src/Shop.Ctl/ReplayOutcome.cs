namespace Shop.Ctl;

/// <summary>What <c>dlq replay</c> did (or, in a dry run, would do) with one dead letter.</summary>
public sealed record ReplayOutcome(DeadLetter Letter, string Target, string? Failure);
