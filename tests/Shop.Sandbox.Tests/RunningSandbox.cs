using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Shop.Sandbox.Tests;

/// <summary>The sandbox started in this process on a free loopback port, with helpers for both of its APIs.</summary>
internal sealed class RunningSandbox : IAsyncDisposable
{
    public const string Token = "123456:test-secret_token";

    private readonly WebApplication _app;

    private RunningSandbox(WebApplication app)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = app.GetBaseAddress(), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public static async Task<RunningSandbox> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["Sandbox:BotToken"] = Token,
            // Most tests send bursts; the rate-limit tests turn limits back on.
            ["Sandbox:RateLimits:Enabled"] = "false",
            ["Sandbox:Webhook:InitialRetryDelay"] = "00:00:00.050",
            ["Sandbox:Webhook:MaxRetryDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        var app = SandboxApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(config);
        });
        await app.StartAsync();
        return new RunningSandbox(app);
    }

    public Task<BotReply> CallAsync(string method, object? parameters = null) => CallAsync(Token, method, parameters);

    public async Task<BotReply> CallAsync(string token, string method, object? parameters)
    {
        using var response = await Http.PostAsJsonAsync($"/bot{token}/{method}", parameters ?? new { });
        return await ReadReplyAsync(response);
    }

    public async Task<BotReply> SendAsync(string method, HttpContent content)
    {
        using var response = await Http.PostAsync($"/bot{Token}/{method}", content);
        return await ReadReplyAsync(response);
    }

    public async Task<JsonElement[]> GetUpdatesAsync(long? offset = null, int timeout = 0)
    {
        var reply = await CallAsync("getUpdates", new { offset, timeout });
        return [.. reply.AssertOk().Result.EnumerateArray()];
    }

    public async Task<long> CreateUserAsync(string firstName = "Ann", long? id = null)
    {
        var user = await ControlAsync("/sandbox/api/users", new { id, first_name = firstName, username = firstName.ToLowerInvariant() });
        return user.GetProperty("id").GetInt64();
    }

    public Task<JsonElement> SendTextAsync(long userId, string text) =>
        ControlAsync($"/sandbox/api/users/{userId}/messages", new { text });

    public async Task<JsonElement> ControlAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await Http.PostAsJsonAsync(path, body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == expected, $"{path}: expected {expected}, got {response.StatusCode}: {json}");
        return json;
    }

    public async Task<JsonElement> GetJsonAsync(string path) => await Http.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Sends a plain text message from the bot and returns its message_id.</summary>
    public async Task<int> BotSaysAsync(long chatId, string text, object? replyMarkup = null)
    {
        var reply = await CallAsync("sendMessage", new { chat_id = chatId, text, reply_markup = replyMarkup });
        return reply.AssertOk().Result.GetProperty("message_id").GetInt32();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<BotReply> ReadReplyAsync(HttpResponseMessage response) =>
        new((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
}
