using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Shop.Testing;

/// <summary>A RabbitMQ virtual host of a test's own, so tests running at once never take each other's messages.</summary>
public sealed class RabbitMqVhost : IAsyncDisposable
{
    readonly HttpClient _management;

    RabbitMqVhost(HttpClient management, string name, string amqpUri)
    {
        _management = management;
        Name = name;
        AmqpUri = amqpUri;
    }

    public string Name { get; }

    /// <summary>The amqp URI of the vhost, for <c>ConnectionStrings__RabbitMq</c>.</summary>
    public string AmqpUri { get; }

    public HttpClient Management => _management;

    public static async Task<RabbitMqVhost> CreateAsync()
    {
        var management = CreateManagementClient();
        var name = $"test-{Guid.NewGuid():N}";
        (await management.PutAsJsonAsync($"api/vhosts/{name}", new { })).EnsureSuccessStatusCode();
        var user = Uri.UnescapeDataString(new Uri(TestEnvironment.RabbitMq).UserInfo.Split(':')[0]);
        (await management.PutAsJsonAsync($"api/permissions/{name}/{user}", new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
        var baseUri = new UriBuilder(TestEnvironment.RabbitMq) { Path = "/" + name };
        return new RabbitMqVhost(management, name, baseUri.Uri.ToString());
    }

    public static HttpClient CreateManagementClient()
    {
        var uri = TestEnvironment.RabbitMqManagement;
        var client = new HttpClient { BaseAddress = new Uri(uri.GetLeftPart(UriPartial.Authority) + "/") };
        var credentials = uri.UserInfo.Length > 0 ? Uri.UnescapeDataString(uri.UserInfo) : "guest:guest";
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _management.DeleteAsync($"api/vhosts/{Name}");
        }
        finally
        {
            _management.Dispose();
        }
    }
}
