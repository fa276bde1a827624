namespace Shop.Ctl;

/// <summary>Groups dead letters for <c>dlq list</c>, largest group first.</summary>
public static class FaultGroups
{
    public const string UnknownType = "(unknown)";
    public const string Skipped = "(skipped: no consumer)";
    public const string NoException = "(none)";

    public static IReadOnlyList<FaultGroup> Of(IEnumerable<DeadLetter> letters) =>
        letters
            .GroupBy(l => (Type: l.MessageType ?? UnknownType, Exception: ExceptionLabel(l)))
            .Select(g => new FaultGroup(
                g.Key.Type,
                g.Key.Exception,
                g.Count(),
                g.Min(l => l.FailedAt),
                g.Max(l => l.FailedAt),
                g.Select(l => l.Queue).Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.MessageType, StringComparer.Ordinal)
            .ThenBy(g => g.ExceptionType, StringComparer.Ordinal)
            .ToList();

    /// <summary>A skipped message has no exception: no consumer on that endpoint takes its type.</summary>
    public static string ExceptionLabel(DeadLetter letter) =>
        letter.ExceptionType
        ?? (letter.Queue.EndsWith(DeadLetterQueues.SkippedSuffix, StringComparison.Ordinal)
            || string.Equals(letter.Reason, "skip", StringComparison.OrdinalIgnoreCase) ? Skipped : NoException);
}
