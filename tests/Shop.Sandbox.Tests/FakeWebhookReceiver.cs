using System.Threading.Channels;

namespace Shop.Sandbox.Tests;

/// <summary>A bot's webhook endpoint on Kestrel that fails its first N deliveries, then accepts.</summary>
internal sealed class FakeWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<(string Body, string? Secret)> _accepted = Channel.CreateUnbounded<(string, string?)>();
    private int _attempts;

    private FakeWebhookReceiver(int failuresFirst)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest request) =>
        {
            var attempt = Interlocked.Increment(ref _attempts);
            if (attempt <= failuresFirst)
            {
                return Results.StatusCode(500);
            }
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            await _accepted.Writer.WriteAsync((body, request.Headers["X-Telegram-Bot-Api-Secret-Token"].FirstOrDefault()));
            return Results.Ok();
        });
    }

    public Uri Url => new(_app.GetBaseAddress(), "/hook");

    public int Attempts => Volatile.Read(ref _attempts);

    public static async Task<FakeWebhookReceiver> StartAsync(int failuresFirst = 0)
    {
        var receiver = new FakeWebhookReceiver(failuresFirst);
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>The next accepted delivery; bounded so a broken sandbox fails the test instead of hanging it.</summary>
    public async Task<(string Body, string? Secret)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _accepted.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
