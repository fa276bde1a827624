using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Sandbox;
using Shop.Testing;

namespace Shop.Notifier.Tests;

/// <summary>
/// The notifier against the sandbox with Telegram's rate limits on, on a RabbitMQ virtual host and a PostgreSQL database
/// of its own; each test starts one.
/// </summary>
public sealed class NotifierUnderTest : IAsyncDisposable
{
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _sandbox = null!;
    WebApplication _notifier = null!;

    public SandboxClient Chat { get; private set; } = null!;

    public IBus Bus { get; private set; } = null!;

    public PostgresDatabase Database => _database;

    public RabbitMqVhost Vhost => _vhost;

    /// <param name="configure">Changes to the notifier's services, such as a handler between it and the sandbox.</param>
    public static async Task<NotifierUnderTest> StartAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var token = TestHosts.NewBotToken();
        var under = new NotifierUnderTest
        {
            _vhost = await RabbitMqVhost.CreateAsync(),
            _database = await PostgresDatabase.CreateAsync(),
            _sandbox = await TestHosts.StartSandboxAsync(token, rateLimits: true),
        };
        under.Chat = new SandboxClient(new HttpClient { BaseAddress = under._sandbox.GetBaseAddress() });
        under._notifier = await TestHosts.StartWorkerAsync("Shop.Notifier", new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = under._sandbox.GetBaseAddress().ToString().TrimEnd('/'),
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = under._database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = under._vhost.AmqpUri,
            // Pacing far looser than Telegram's, so the sandbox answers 429 and the notifier must wait it out.
            ["Notifier:PerChatPerSecond"] = "100",
            ["Notifier:PerChatBurst"] = "100",
            // An edit by tag gives up after 0.1 + 0.2 + 0.3 s rather than the production 7.5 s, to keep the tests short.
            ["Notifier:TaggedEditRetries"] = "3",
            ["Notifier:TaggedEditRetryInterval"] = "00:00:00.100",
        }, builder =>
        {
            builder.AddNotifierWorker();
            configure?.Invoke(builder);
        });
        under.Bus = under._notifier.Services.GetRequiredService<IBus>();
        return under;
    }

    public Task Publish<T>(T message, Guid? id = null) where T : class =>
        Bus.Publish(message, context => context.MessageId = id ?? NewId.NextGuid());

    /// <summary>Waits for a condition the system reaches on its own; a bound against hanging, not a timing assertion.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The condition was never reached.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _notifier.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
