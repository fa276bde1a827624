namespace Shop.Ctl;

/// <summary>Which queues hold dead letters: MassTransit names them after the receive endpoint's queue.</summary>
public static class DeadLetterQueues
{
    public const string ErrorSuffix = "_error";
    public const string SkippedSuffix = "_skipped";
    public const string ArchiveSuffix = "_archive";

    public static bool IsDeadLetterQueue(string queue) =>
        queue.EndsWith(ErrorSuffix, StringComparison.Ordinal) || queue.EndsWith(SkippedSuffix, StringComparison.Ordinal);

    public static bool IsArchive(string queue) => queue.EndsWith(ArchiveSuffix, StringComparison.Ordinal);

    /// <summary>One archive per dead-letter queue, so an archived message still says where it failed.</summary>
    public static string ArchiveOf(string queue) => queue + ArchiveSuffix;

    /// <summary>
    /// The queue a dead letter is replayed to: the last segment of <c>MT-Fault-InputAddress</c>
    /// (<c>rabbitmq://host/vhost/queue-name</c>, or its <c>queue=</c> parameter when it names an exchange), else the
    /// dead-letter queue's name without its suffix (a skipped message carries no input address).
    /// </summary>
    public static string ReplayTarget(string? inputAddress, string deadLetterQueue)
    {
        if (inputAddress is not null && Uri.TryCreate(inputAddress, UriKind.Absolute, out var address))
        {
            var queueParameter = address.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .FirstOrDefault(p => p.Length == 2 && p[0] == "queue");
            if (queueParameter is not null && queueParameter[1].Length > 0) return Uri.UnescapeDataString(queueParameter[1]);
            var last = address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (!string.IsNullOrEmpty(last)) return Uri.UnescapeDataString(last);
        }
        foreach (var suffix in new[] { ErrorSuffix, SkippedSuffix })
        {
            if (deadLetterQueue.EndsWith(suffix, StringComparison.Ordinal)) return deadLetterQueue[..^suffix.Length];
        }
        return deadLetterQueue;
    }
}
