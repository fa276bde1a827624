using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Sandbox;
using Shop.Storefront.Routing;
using Shop.Testing;

namespace Shop.Ingress.Tests;

/// <summary>
/// The Ingress's turns against the sandbox, real RabbitMQ and PostgreSQL, with stand-ins for the workers (two replicas of
/// the cart's command consumer competing for its queue): a user's updates are handled in order, another user is not held up
/// behind them, each update reaches one queue, and who holds a conversation survives an Ingress restart.
/// </summary>
public sealed class When_a_users_updates_take_turns : IAsyncLifetime
{
    static readonly ConcurrentDictionary<string, ConcurrentQueue<(long User, string Text, Guid? MessageId)>> Handled = new();

    readonly string _run = Guid.NewGuid().ToString("N")[..12];
    readonly List<WebApplication> _workers = [];
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _sandbox = null!;
    Dictionary<string, string?> _settings = null!;
    SandboxClient _chat = null!;

    static void Record(string run, long user, string text, Guid? messageId) => Handled.GetOrAdd(run, _ => new()).Enqueue((user, text, messageId));

    /// <summary>The cart's /cart, slow when asked to be: "/cart {run} slow ...".</summary>
    public sealed class SlowCartCommand : IConsumer<CommandReceived>
    {
        public async Task Consume(ConsumeContext<CommandReceived> context)
        {
            var words = context.Message.Arguments.Split(' ', 2);
            if (words.Length > 1 && words[1].StartsWith("slow", StringComparison.Ordinal)) await Task.Delay(TimeSpan.FromSeconds(2));
            Record(words[0], context.Message.From.Id, words.Length > 1 ? words[1] : "", context.MessageId);
        }
    }

    public sealed class SlowCartCommandDefinition() : RoutedTestConsumerDefinition<SlowCartCommand>(RouteTable.CartCommand.Endpoint);

    /// <summary>The catalog's /search: asks what to look for, claiming the user's conversation for the search reply.</summary>
    public sealed class AskingSearchCommand : IConsumer<CommandReceived>
    {
        public Task Consume(ConsumeContext<CommandReceived> context) =>
            context.ClaimConversation(context.Message.From.Id, RouteTable.SearchReply.Endpoint, DateTimeOffset.UtcNow);
    }

    public sealed class AskingSearchCommandDefinition() : RoutedTestConsumerDefinition<AskingSearchCommand>(RouteTable.SearchCommand.Endpoint);

    /// <summary>The catalog's search reply: records the text it was given as the search ("{run} words").</summary>
    public sealed class RecordingSearchReply : IConsumer<TextReceived>, IConsumer<CommandReceived>
    {
        public Task Consume(ConsumeContext<TextReceived> context)
        {
            var words = context.Message.Text.Split(' ', 2);
            Record(words[0], context.Message.From.Id, words.Length > 1 ? words[1] : "", context.MessageId);
            return Task.CompletedTask;
        }

        public Task Consume(ConsumeContext<CommandReceived> context) => Task.CompletedTask;
    }

    public sealed class RecordingSearchReplyDefinition() : RoutedTestConsumerDefinition<RecordingSearchReply>(RouteTable.SearchReply.Endpoint);

    public async Task InitializeAsync()
    {
        var token = TestHosts.NewBotToken();
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
        _sandbox = await TestHosts.StartSandboxAsync(token);
        _chat = new SandboxClient(new HttpClient { BaseAddress = _sandbox.GetBaseAddress() });
        _settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = _sandbox.GetBaseAddress().ToString().TrimEnd('/'),
            ["Ingress:PollTimeoutSeconds"] = "1",
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
        };
        // Two replicas of the stand-in cart compete for its queue, as scaled-out workers do.
        for (var replica = 0; replica < 2; replica++)
            _workers.Add(await TestHosts.StartWorkerAsync($"Cart{replica}", _settings, builder => builder.AddShopBus(bus =>
            {
                bus.AddConsumer<SlowCartCommand, SlowCartCommandDefinition>();
                bus.AddConsumer<AskingSearchCommand, AskingSearchCommandDefinition>();
                bus.AddConsumer<RecordingSearchReply, RecordingSearchReplyDefinition>();
            })));
    }

    Task<WebApplication> StartIngressAsync() =>
        TestHosts.StartWorkerAsync("Shop.Ingress", _settings, builder => builder.AddIngress(), app => app.MapIngress());

    async Task<List<(long User, string Text, Guid? MessageId)>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (Handled.TryGetValue(_run, out var queue) && queue.Count >= count) return [.. queue];
            await Task.Delay(50);
        }
        throw new TimeoutException($"Only {(Handled.TryGetValue(_run, out var q) ? q.Count : 0)} of {count} updates were handled");
    }

    [Fact]
    public async Task A_burst_from_one_user_is_handled_in_order_while_another_user_overtakes_it()
    {
        var slow = await _chat.CreateUserAsync("Ana", id: 5100);
        var quick = await _chat.CreateUserAsync("Ben", id: 5101);
        await using var ingress = await StartIngressAsync();

        await _chat.SendTextAsync(slow.Id, $"/cart {_run} slow 1");
        await _chat.SendTextAsync(slow.Id, $"/cart {_run} 2");
        await _chat.SendTextAsync(slow.Id, $"/cart {_run} 3");
        await _chat.SendTextAsync(quick.Id, $"/cart {_run} quick");
        var handled = await WaitForAsync(4);

        Assert.Equal(["slow 1", "2", "3"], handled.Where(h => h.User == slow.Id).Select(h => h.Text));
        // Ben's update went to another partition: it did not wait behind Ana's slow one.
        Assert.Equal((quick.Id, "quick"), (handled[0].User, handled[0].Text));
    }

    [Fact]
    public async Task An_update_waits_in_the_queue_of_a_worker_that_is_away_longer_than_a_turn()
    {
        var user = await _chat.CreateUserAsync("Eli", id: 5104);
        foreach (var worker in _workers) await worker.DisposeAsync();
        _workers.Clear();
        _settings["Ingress:TurnTimeout"] = "00:00:01";
        await using var ingress = await StartIngressAsync();

        await _chat.SendTextAsync(user.Id, $"/cart {_run} while away");
        // Long past the turn's timeout: the Ingress has moved on, and the update must still be in the cart's queue.
        await Task.Delay(TimeSpan.FromSeconds(4));
        _workers.Add(await TestHosts.StartWorkerAsync("CartBack", _settings,
            builder => builder.AddShopBus(bus => bus.AddConsumer<SlowCartCommand, SlowCartCommandDefinition>())));
        var handled = await WaitForAsync(1);

        Assert.Equal((user.Id, "while away"), (handled[0].User, handled[0].Text));
    }

    [Fact]
    public async Task An_update_reaches_only_the_queue_the_routing_table_names()
    {
        var user = await _chat.CreateUserAsync("Cy", id: 5102);
        await using var ingress = await StartIngressAsync();
        await _chat.SendTextAsync(user.Id, $"/cart {_run} once");
        var handled = await WaitForAsync(1);

        Assert.Single(handled);
        // Nothing is bound to the message type's exchange (nobody publishes updates), and the handler's exchange feeds its queue alone.
        Assert.Empty(await BindingsAsync("Shop.Contracts.Telegram:CommandReceived"));
        Assert.Equal([RouteTable.CartCommand.Endpoint], await BindingsAsync(RouteTable.CartCommand.Endpoint));
    }

    [Fact]
    public async Task Who_holds_the_conversation_survives_an_ingress_restart()
    {
        var user = await _chat.CreateUserAsync("Dee", id: 5103);
        var ingress = await StartIngressAsync();
        await _chat.SendTextAsync(user.Id, "/search");
        await _chat.SendTextAsync(user.Id, $"{_run} before");
        await WaitForAsync(1);

        await ingress.StopAsync();
        await ingress.DisposeAsync();
        await using var restarted = await StartIngressAsync();
        await _chat.SendTextAsync(user.Id, $"{_run} after");
        var handled = await WaitForAsync(2);

        Assert.Equal(["before", "after"], handled.Select(h => h.Text));
        Assert.Equal(1, await _database.ScalarAsync(
            $"SELECT count(*) FROM ingress.conversations WHERE user_id = {user.Id} AND endpoint = '{RouteTable.SearchReply.Endpoint}'"));
    }

    async Task<List<string>> BindingsAsync(string exchange)
    {
        using var response = await _vhost.Management.GetAsync($"api/exchanges/{_vhost.Name}/{Uri.EscapeDataString(exchange)}/bindings/source");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return [];
        var bindings = await response.Content.ReadFromJsonAsync<JsonElement>();
        return bindings.EnumerateArray().Select(b => b.GetProperty("destination").GetString()!).ToList();
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in _workers) await worker.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
