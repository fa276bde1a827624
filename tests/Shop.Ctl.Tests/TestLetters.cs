using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Shop.Ctl.Tests;

/// <summary>Dead letters made the way MassTransit makes them, without a broker, for the pure functions' tests.</summary>
public static class TestLetters
{
    public static DeadLetter Fault(string queue, string messageType, string? exceptionType, DateTimeOffset failedAt,
        IDictionary<string, object?>? extraHeaders = null, string? messageId = null)
    {
        var headers = new Dictionary<string, object?>
        {
            ["MT-Reason"] = Bytes("fault"),
            ["MT-Fault-Timestamp"] = Bytes(failedAt.UtcDateTime.ToString("O")),
            ["MT-Fault-InputAddress"] = Bytes($"rabbitmq://localhost/shop/{queue.Replace("_error", "")}"),
            ["MT-Host-MachineName"] = Bytes("worker-1"),
        };
        if (exceptionType is not null)
        {
            headers["MT-Fault-ExceptionType"] = Bytes(exceptionType);
            headers["MT-Fault-Message"] = Bytes("it broke");
            headers["MT-Fault-StackTrace"] = Bytes("   at Somewhere()");
        }
        foreach (var (name, value) in extraHeaders ?? new Dictionary<string, object?>()) headers[name] = value;
        var id = messageId ?? Guid.NewGuid().ToString();
        var properties = new BasicProperties
        {
            MessageId = id,
            ContentType = "application/vnd.masstransit+json",
            CorrelationId = "corr-1",
            DeliveryMode = DeliveryModes.Persistent,
            Headers = headers,
        };
        return DeadLetter.From(queue, properties, Envelope(id, messageType));
    }

    public static byte[] Envelope(string messageId, string messageType) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        messageId,
        messageType = new[] { $"urn:message:{messageType}", "urn:message:Shop.Contracts:IBase" },
        message = new { orderId = Guid.Empty, note = "héllo \"quoted\"" },
        sentTime = "2025-01-02T03:04:05Z",
    });

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
