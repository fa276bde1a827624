using RabbitMQ.Client;

namespace Shop.Ctl;

/// <summary>The properties a dead letter is published with when shopctl moves it: the original's, headers adjusted.</summary>
public static class OutgoingMessages
{
    /// <summary>
    /// For the queue the message failed on: the fault headers go (the next failure writes its own), so do MassTransit's
    /// redelivery count (a replay gets the endpoint's full retry policy again) and the broker's delivery count, and
    /// <c>MT-Replay-Count</c> goes up by one.
    /// </summary>
    public static BasicProperties ForReplay(DeadLetter letter) => Copy(letter.Properties, ReplayHeaders(letter.Headers));

    /// <summary>For the archive: every header kept, so the archived copy still says why it failed.</summary>
    public static BasicProperties ForArchive(DeadLetter letter) => Unchanged(letter);

    public static BasicProperties Unchanged(DeadLetter letter) =>
        Copy(letter.Properties, letter.Headers.Where(h => h.Key != MassTransitHeaders.DeliveryCount).ToDictionary());

    public static Dictionary<string, object?> ReplayHeaders(IReadOnlyDictionary<string, object?> headers)
    {
        var cleaned = headers
            .Where(h => !h.Key.StartsWith(MassTransitHeaders.FaultPrefix, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(h.Key, MassTransitHeaders.Reason, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(h.Key, MassTransitHeaders.RedeliveryCount, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(h.Key, MassTransitHeaders.DeliveryCount, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(h.Key, MassTransitHeaders.ReplayCount, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(StringComparer.Ordinal);
        cleaned[MassTransitHeaders.ReplayCount] = (HeaderValues.Number(headers, MassTransitHeaders.ReplayCount) ?? 0) + 1;
        return cleaned;
    }

    static BasicProperties Copy(IReadOnlyBasicProperties source, IDictionary<string, object?> headers)
    {
        var copy = new BasicProperties
        {
            // Dead letters are kept, whatever the original said.
            DeliveryMode = DeliveryModes.Persistent,
            Headers = headers,
        };
        if (source.IsMessageIdPresent()) copy.MessageId = source.MessageId;
        if (source.IsCorrelationIdPresent()) copy.CorrelationId = source.CorrelationId;
        if (source.IsContentTypePresent()) copy.ContentType = source.ContentType;
        if (source.IsContentEncodingPresent()) copy.ContentEncoding = source.ContentEncoding;
        if (source.IsTypePresent()) copy.Type = source.Type;
        if (source.IsAppIdPresent()) copy.AppId = source.AppId;
        if (source.IsReplyToPresent()) copy.ReplyTo = source.ReplyTo;
        if (source.IsTimestampPresent()) copy.Timestamp = source.Timestamp;
        if (source.IsPriorityPresent()) copy.Priority = source.Priority;
        if (source.IsExpirationPresent()) copy.Expiration = source.Expiration;
        // user-id is left out: RabbitMQ rejects a publish whose user-id is not the connection's own user.
        return copy;
    }
}
