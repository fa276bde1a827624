using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Shop.Ctl;

/// <summary>The RabbitMQ management HTTP API: the only place that can list a virtual host's queues and policies.</summary>
public sealed class ManagementApi : IDisposable
{
    readonly HttpClient _http;
    readonly Uri _address;

    public ManagementApi(Uri management)
    {
        _address = management;
        var builder = new UriBuilder(management) { UserName = "", Password = "" };
        if (!builder.Path.EndsWith('/')) builder.Path += "/";
        _http = new HttpClient { BaseAddress = builder.Uri, Timeout = TimeSpan.FromSeconds(15) };
        var credentials = management.UserInfo.Length > 0 ? Uri.UnescapeDataString(management.UserInfo) : "guest:guest";
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    /// <summary>The virtual host's queues, each with the delivery limit that applies to it.</summary>
    public async Task<IReadOnlyList<QueueInfo>> QueuesAsync(string virtualHost, CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        // Names, types and arguments come from the queue definitions, which the API shows at once (unlike statistics).
        using var queues = await GetAsync($"api/queues/{vhost}?columns=name,type,arguments", virtualHost, cancellationToken)
            ?? throw CtlException.NotFound($"virtual host '{virtualHost}' does not exist");
        using var policies = await GetAsync($"api/policies/{vhost}", virtualHost, cancellationToken);
        // Reading operator policies takes the administrator tag; without it, none are assumed.
        using var operatorPolicies = await GetAsync($"api/operator-policies/{vhost}", virtualHost, cancellationToken, optional: true);
        using var overview = await GetAsync("api/overview?columns=rabbitmq_version", virtualHost, cancellationToken, optional: true);

        var policyList = Policies(policies);
        var operatorPolicyList = Policies(operatorPolicies);
        Version? version = null;
        if (overview?.RootElement.TryGetProperty("rabbitmq_version", out var v) == true && v.ValueKind == JsonValueKind.String)
            Version.TryParse(v.GetString()?.Split('-', '+')[0], out version);

        return queues.RootElement.EnumerateArray().Select(queue =>
            {
                var name = queue.GetProperty("name").GetString() ?? "";
                var type = queue.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "classic";
                var argument = Number(queue, "arguments", "x-delivery-limit");
                return new QueueInfo(name, type, DeliveryLimits.For(name, type, argument, policyList, operatorPolicyList, version));
            })
            .OrderBy(q => q.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The parsed answer, or null for 404 (and, when optional, for any refusal).</summary>
    async Task<JsonDocument?> GetAsync(string path, string virtualHost, CancellationToken cancellationToken, bool optional = false)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.GetAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CtlException(ExitCodes.BrokerUnreachable,
                $"cannot reach the RabbitMQ management API at {Secrets.Redact(_address)}: {Secrets.RedactText(Reason(e))}", e);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound || (optional && !response.IsSuccessStatusCode)) return null;
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new CtlException(ExitCodes.BrokerUnreachable,
                    $"the RabbitMQ management API at {Secrets.Redact(_address)} refused the user name or password ({(int)response.StatusCode})");
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new CtlException(ExitCodes.BrokerUnreachable,
                    $"the RabbitMQ management API at {Secrets.Redact(_address)} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
    }

    static IReadOnlyList<QueuePolicy> Policies(JsonDocument? document) =>
        document?.RootElement.ValueKind != JsonValueKind.Array
            ? []
            : document.RootElement.EnumerateArray().Select(p => new QueuePolicy(
                    p.TryGetProperty("pattern", out var pattern) ? pattern.GetString() ?? "" : "",
                    p.TryGetProperty("apply-to", out var applyTo) ? applyTo.GetString() ?? "all" : "all",
                    p.TryGetProperty("priority", out var priority) && priority.ValueKind == JsonValueKind.Number ? priority.GetInt32() : 0,
                    Number(p, "definition", "delivery-limit")))
                .ToList();

    static long? Number(JsonElement element, string container, string key) =>
        element.TryGetProperty(container, out var values) && values.ValueKind == JsonValueKind.Object
            && values.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : null;

    static string Reason(Exception e)
    {
        if (e is TaskCanceledException) return "no answer in time";
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner.Message;
    }

    public void Dispose() => _http.Dispose();
}
