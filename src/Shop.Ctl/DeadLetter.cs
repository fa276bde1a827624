using RabbitMQ.Client;

namespace Shop.Ctl;

/// <summary>One message in a dead-letter queue, with what MassTransit recorded about its failure.</summary>
public sealed record DeadLetter(
    string Queue,
    string? MessageId,
    string? MessageType,
    string? ExceptionType,
    string? ExceptionMessage,
    string? StackTrace,
    string? InputAddress,
    long? RetryCount,
    string? Reason,
    DateTimeOffset? FailedAt,
    long ReplayCount,
    long DeliveryCount,
    IReadOnlyDictionary<string, object?> Headers,
    IReadOnlyBasicProperties Properties,
    ReadOnlyMemory<byte> Body)
{
    const string UrnPrefix = "urn:message:";

    /// <summary>
    /// Reads a dead-lettered message. The message type comes from MassTransit's JSON envelope (<c>messageType</c>, most
    /// specific first) or, for the raw JSON serializer, from the <c>MT-MessageType</c> header.
    /// </summary>
    public static DeadLetter From(string queue, IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var headers = properties.Headers is { } h
            ? new Dictionary<string, object?>(h, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        var envelope = MassTransitEnvelope.Read(body);
        var messageType = envelope.MessageType
            ?? FirstType(HeaderValues.Text(headers, MassTransitHeaders.MessageType))
            ?? FirstType(HeaderValues.Text(headers, MassTransitHeaders.FaultMessageType));
        return new DeadLetter(
            queue,
            properties.IsMessageIdPresent() ? properties.MessageId : envelope.MessageId,
            messageType is null ? null : ShortType(messageType),
            HeaderValues.Text(headers, MassTransitHeaders.ExceptionType),
            HeaderValues.Text(headers, MassTransitHeaders.ExceptionMessage),
            HeaderValues.Text(headers, MassTransitHeaders.StackTrace),
            HeaderValues.Text(headers, MassTransitHeaders.InputAddress),
            HeaderValues.Number(headers, MassTransitHeaders.RetryCount),
            HeaderValues.Text(headers, MassTransitHeaders.Reason),
            HeaderValues.Time(headers, MassTransitHeaders.Timestamp)
                ?? (properties.IsTimestampPresent() ? HeaderValues.Time(properties.Timestamp) : null)
                ?? envelope.SentTime,
            HeaderValues.Number(headers, MassTransitHeaders.ReplayCount) ?? 0,
            HeaderValues.Number(headers, MassTransitHeaders.DeliveryCount) ?? 0,
            headers,
            properties,
            body);
    }

    /// <summary><c>urn:message:Shop.Contracts.Ordering:PlaceOrder</c> becomes <c>Shop.Contracts.Ordering:PlaceOrder</c>.</summary>
    public static string ShortType(string messageType) =>
        messageType.StartsWith(UrnPrefix, StringComparison.Ordinal) ? messageType[UrnPrefix.Length..] : messageType;

    // Headers may list several types separated by ';' (MassTransit's raw serializer does), most specific first.
    static string? FirstType(string? types) =>
        types?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
