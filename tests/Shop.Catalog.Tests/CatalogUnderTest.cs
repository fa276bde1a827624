using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Testing;

namespace Shop.Catalog.Tests;

/// <summary>
/// The Catalog worker in its own host on real RabbitMQ (a vhost of its own) and PostgreSQL (a database of its own), not in
/// sandbox mode unless a subclass says so, so the catalog starts empty. Tests publish what the ingress would and read what the catalog publishes.
/// </summary>
public class CatalogUnderTest : IAsyncLifetime
{
    public static readonly long[] Owners = [1001, 1002, 1003, 1004];

    RabbitMqVhost _vhost = null!;
    readonly List<WebApplication> _workers = [];
    long _updateId;

    public PostgresDatabase Database { get; private set; } = null!;

    public Recorded Recorded { get; } = new();

    public IBus Bus { get; private set; } = null!;

    /// <summary><c>Shop:Sandbox</c>: the demo catalog is loaded at start.</summary>
    protected virtual bool Sandbox => false;

    /// <summary>How many Catalog workers compete for the same queues and database.</summary>
    protected virtual int Instances => 1;

    public async Task InitializeAsync()
    {
        _vhost = await RabbitMqVhost.CreateAsync();
        Database = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = string.Join(",", Owners),
            ["Shop:Sandbox"] = Sandbox.ToString(),
            ["Telegram:ApiBaseUrl"] = SandboxUrl,
            ["ConnectionStrings:Postgres"] = Database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
        };
        // Started one after another: each migrates first, and the second finds the schema in place.
        for (var i = 0; i < Instances; i++)
        {
            _workers.Add(await TestHosts.StartWorkerAsync("Shop.Catalog", settings, builder =>
            {
                builder.AddCatalogWorker();
                builder.Services.AddSingleton(Recorded);
                builder.AddShopBus(bus => bus.AddConsumer<Recorder>());
                builder.Services.AddConsumeObserver<ConsumeWatcher>();
                // Queues bound before the first test publishes.
                builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
            }));
        }
        Bus = _workers[0].Services.GetRequiredService<IBus>();
    }

    public const string SandboxUrl = "http://127.0.0.1:5080";

    public static TelegramUser User(long id, string? languageCode = "en") => new(id, $"User{id}", null, null, languageCode);

    /// <summary>
    /// Puts <paramref name="message"/> on the bus as the Ingress would: a user's update straight to the queue the routing table
    /// names (text and /cancel to whoever the catalog last said holds the user's conversation), anything else published.
    /// </summary>
    public async Task<Guid> PublishAsync<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? NewId.NextGuid();
        if (UpdateSends.Endpoint(message, Conversation(message)) is not null) await Bus.SendUpdateAsync(message, id, Conversation(message));
        else await Bus.Publish(message, context => context.MessageId = id);
        return id;
    }

    /// <summary>The queue of the catalog's latest claim on the sender's conversation.</summary>
    string? Conversation(object message)
    {
        long? userId = message switch
        {
            TextReceived m => m.From.Id,
            PhotoReceived m => m.From.Id,
            CommandReceived m => m.From.Id,
            _ => null,
        };
        return userId is null ? null
            : Recorded.All<ConversationClaimed>().Select(c => c.Message).Where(c => c.UserId == userId).MaxBy(c => c.ClaimedAt)?.Endpoint;
    }

    public long NextUpdateId() => Interlocked.Increment(ref _updateId);

    public Task<Guid> CommandAsync(long userId, string command, string arguments = "", string? languageCode = "en") =>
        PublishAsync(new CommandReceived(NextUpdateId(), userId, 1, User(userId, languageCode), command, arguments, DateTimeOffset.UtcNow));

    public Task<Guid> TextAsync(long userId, string text, Guid? messageId = null) =>
        PublishAsync(new TextReceived(NextUpdateId(), userId, 1, User(userId), text, DateTimeOffset.UtcNow), messageId);

    public Task<Guid> PhotoAsync(long userId, string fileId) =>
        PublishAsync(new PhotoReceived(NextUpdateId(), userId, 1, User(userId), fileId, null, DateTimeOffset.UtcNow));

    /// <summary>Presses a button; the query id lets the test find the answer to this press.</summary>
    public async Task<string> PressAsync(long userId, string data, int messageId = 77, string? languageCode = "en")
    {
        var queryId = Guid.NewGuid().ToString("N");
        await PublishAsync(new ButtonPressed(NextUpdateId(), queryId, userId, messageId, User(userId, languageCode), data, DateTimeOffset.UtcNow));
        return queryId;
    }

    /// <summary>Does something as a user and waits for the catalog's new message to them that contains <paramref name="containing"/>.</summary>
    public async Task<SendChatMessage> ReplyToAsync(Func<Task> act, long chatId, string containing)
    {
        var after = Recorded.Count;
        await act();
        return await Recorded.WaitForAsync<SendChatMessage>(
            m => m.ChatId == chatId && m.Content.Text.Contains(containing, StringComparison.Ordinal), after);
    }

    /// <summary>
    /// Waits until the catalog's queue <paramref name="queue"/> is done with the message <paramref name="messageId"/>; for a
    /// copy published again, with a checkpoint taken before it.
    /// </summary>
    public Task<Consumed> ConsumedAsync(Guid messageId, string queue, int after = 0) =>
        Recorded.WaitForAsync<Consumed>(c => c.MessageId == messageId && c.Queue == queue, after);

    public async Task DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.StopAsync();
            await worker.DisposeAsync();
        }
        await Database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
