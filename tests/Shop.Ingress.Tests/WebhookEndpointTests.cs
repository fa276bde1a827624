using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Shop.Sandbox;
using Shop.Testing;

namespace Shop.Ingress.Tests;

/// <summary>The ingress webhook in front of a real broker, or in front of none.</summary>
public sealed class When_telegram_posts_to_the_webhook : IAsyncLifetime
{
    const string Secret = "webhook-secret_1";
    const string Update = """{"update_id":501,"message":{"message_id":1,"date":1700000000,"from":{"id":7,"is_bot":false,"first_name":"A"},"chat":{"id":7,"type":"private"},"text":"/start"}}""";

    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _sandbox = null!;
    WebApplication _ingress = null!;
    WebApplication? _ingressWithoutBroker;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var token = TestHosts.NewBotToken();
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _sandbox = await TestHosts.StartSandboxAsync(token);
        var port = TestHosts.FreePort();
        _ingress = await TestHosts.StartWorkerAsync("Shop.Ingress", Settings(token, port, _vhost.AmqpUri),
            builder => builder.AddIngress(), app => app.MapIngress(), port);
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    Dictionary<string, string?> Settings(string token, int port, string amqp) => new()
    {
        ["Telegram:BotToken"] = token,
        ["Telegram:ApiBaseUrl"] = _sandbox.GetBaseAddress().ToString().TrimEnd('/'),
        ["Telegram:UpdateMode"] = "Webhook",
        ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}/telegram/webhook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Ingress:PublishTimeout"] = "00:00:02",
        ["Shop:OwnerIds"] = "1",
        ["ConnectionStrings:RabbitMq"] = amqp,
        ["ConnectionStrings:Postgres"] = _database.ConnectionString,
    };

    static HttpRequestMessage Post(string body, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return request;
    }

    [Fact]
    public async Task A_valid_update_with_the_secret_is_accepted_once_the_broker_confirmed_it()
    {
        var response = await _http.SendAsync(Post(Update));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    public async Task A_missing_or_wrong_secret_is_refused_with_401(string? secret)
    {
        var response = await _http.SendAsync(Post(Update, secret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"message\":{}}")]
    [InlineData("{\"update_id\":\"abc\"}")]
    public async Task A_malformed_update_gets_400(string body)
    {
        var response = await _http.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var huge = """{"update_id":502,"message":{"message_id":1,"date":1,"chat":{"id":7,"type":"private"},"text":"TEXT"}}""".Replace("TEXT", new string('x', 300_000));

        var response = await _http.SendAsync(Post(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task While_the_broker_is_unreachable_the_answer_is_503_so_telegram_retries()
    {
        var port = TestHosts.FreePort();
        var deadBroker = $"amqp://guest:guest@127.0.0.1:{TestHosts.FreePort()}/";
        _ingressWithoutBroker = await TestHosts.StartWorkerAsync("Shop.Ingress", Settings(TestHosts.NewBotToken(), port, deadBroker),
            builder => builder.AddIngress(), app => app.MapIngress(), port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var response = await http.SendAsync(Post(Update));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_ingressWithoutBroker is not null) await _ingressWithoutBroker.DisposeAsync();
        await _ingress.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
