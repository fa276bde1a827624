using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Shop.Messaging.Metrics;

/// <summary>
/// Queue depths of the bus' virtual host, read from the RabbitMQ management API (<c>ConnectionStrings__RabbitMqManagement</c>)
/// at most every five seconds. One worker is enough to export them; deployments set the address on the Scheduler only.
/// </summary>
public sealed class RabbitMqQueueDepths : IScrapeSource
{
    public const string HttpClientName = "rabbitmq-management";

    public const string Ready = "shop_rabbitmq_queue_messages_ready";
    public const string Unacknowledged = "shop_rabbitmq_queue_messages_unacknowledged";
    public const string Consumers = "shop_rabbitmq_queue_consumers";

    readonly IHttpClientFactory _http;
    readonly ConnectionOptions _connection;
    readonly CachedReading<IReadOnlyList<QueueDepth>> _depths;

    public RabbitMqQueueDepths(IMeterFactory meters, IHttpClientFactory http, IOptions<ConnectionOptions> connection, ILogger<RabbitMqQueueDepths> logger)
    {
        _http = http;
        _connection = connection.Value;
        _depths = new(TimeSpan.FromSeconds(5), ReadAsync, logger);
        var meter = meters.Create(MessagingMetrics.MeterName);
        meter.CreateObservableGauge("shop.rabbitmq.queue.messages.ready", () => Measure(q => q.Ready), "{message}",
            "Messages waiting in each queue of the shop's virtual host.");
        meter.CreateObservableGauge("shop.rabbitmq.queue.messages.unacknowledged", () => Measure(q => q.Unacknowledged), "{message}",
            "Messages delivered to a consumer and not yet acknowledged, per queue.");
        meter.CreateObservableGauge("shop.rabbitmq.queue.consumers", () => Measure(q => q.Consumers), "{consumer}",
            "Consumers attached to each queue: zero on a work queue means its worker is gone.");
    }

    public Task RefreshAsync(CancellationToken cancellationToken) => _depths.RefreshAsync(cancellationToken);

    IEnumerable<Measurement<long>> Measure(Func<QueueDepth, long?> value) =>
        (_depths.Current ?? [])
            .Where(queue => value(queue) is not null)
            .Select(queue => new Measurement<long>(value(queue)!.Value, new KeyValuePair<string, object?>(MessagingMetrics.QueueLabel, queue.Queue)));

    async Task<IReadOnlyList<QueueDepth>> ReadAsync(CancellationToken cancellationToken)
    {
        var management = new Uri(_connection.RabbitMqManagement!);
        var vhost = new Uri(_connection.RabbitMq!).AbsolutePath.Trim('/');
        vhost = vhost.Length == 0 ? "/" : Uri.UnescapeDataString(vhost);
        var address = new UriBuilder(management) { UserName = "", Password = "" };
        address.Path = address.Path.TrimEnd('/') + $"/api/queues/{Uri.EscapeDataString(vhost)}";
        address.Query = "columns=name,messages_ready,messages_unacknowledged,consumers";

        using var request = new HttpRequestMessage(HttpMethod.Get, address.Uri);
        var credentials = management.UserInfo.Length > 0 ? Uri.UnescapeDataString(management.UserInfo) : "guest:guest";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        using var response = await _http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var queues = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
        return Parse(queues.RootElement);
    }

    /// <summary>The management API's queue list, as depths.</summary>
    public static IReadOnlyList<QueueDepth> Parse(JsonElement queues) =>
        queues.EnumerateArray()
            .Select(queue => new QueueDepth(
                queue.GetProperty("name").GetString() ?? "",
                Number(queue, "messages_ready"),
                Number(queue, "messages_unacknowledged"),
                Number(queue, "consumers")))
            .ToList();

    static long? Number(JsonElement queue, string name) =>
        queue.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
