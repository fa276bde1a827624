namespace Shop.Ctl;

/// <summary>Which dead letters <c>dlq replay</c> takes: every given selector must match (<c>--all</c> matches everything).</summary>
public sealed record ReplaySelection(string? Id, string? Queue, string? MessageType, string? ExceptionType, bool All)
{
    /// <summary>Refuses an empty selection (replaying everything takes an explicit <c>--all</c>) and <c>--all</c> mixed with others.</summary>
    public void Validate()
    {
        var narrowed = Id is not null || Queue is not null || MessageType is not null || ExceptionType is not null;
        if (!All && !narrowed)
            throw CtlException.BadArguments("say what to replay: --id, --queue, --type, --exception, or --all");
        if (All && narrowed)
            throw CtlException.BadArguments("--all cannot be combined with --id, --queue, --type or --exception");
        if (Queue is not null && !DeadLetterQueues.IsDeadLetterQueue(Queue))
            throw CtlException.BadArguments($"--queue: '{Queue}' is not a dead-letter queue (its name ends in _error or _skipped)");
    }

    public bool Matches(DeadLetter letter) =>
        All || ((Id is null || string.Equals(letter.MessageId, Id, StringComparison.OrdinalIgnoreCase))
            && (Queue is null || letter.Queue == Queue)
            && (MessageType is null || TypeMatches(letter.MessageType, MessageType))
            && (ExceptionType is null || ExceptionMatches(letter.ExceptionType, ExceptionType)));

    /// <summary>
    /// A message type is named as <c>dlq list</c> shows it (<c>Shop.Contracts.Ordering:PlaceOrder</c>), as a URN, as a
    /// .NET full name (<c>Shop.Contracts.Ordering.PlaceOrder</c>) or by its bare name (<c>PlaceOrder</c>).
    /// </summary>
    public static bool TypeMatches(string? actual, string wanted)
    {
        if (actual is null) return false;
        var shortWanted = DeadLetter.ShortType(wanted);
        return string.Equals(actual, shortWanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actual.Replace(':', '.'), shortWanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actual[(actual.LastIndexOf(':') + 1)..], shortWanted, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An exception type is named by its full name (<c>System.TimeoutException</c>) or its bare name.</summary>
    public static bool ExceptionMatches(string? actual, string wanted) =>
        actual is not null
        && (string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actual[(actual.LastIndexOf('.') + 1)..], wanted, StringComparison.OrdinalIgnoreCase));
}
