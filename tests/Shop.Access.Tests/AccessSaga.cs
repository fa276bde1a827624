using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Access.Requests;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Access.Tests;

/// <summary>The access state machine on MassTransit's in-memory test harness, with a scheduler and a clock the test moves by hand.</summary>
public sealed class AccessSaga : IAsyncDisposable
{
    public const long Owner = 1001;
    public const long SecondOwner = 1002;
    public const long Stranger = 2001;

    readonly ServiceProvider _provider;

    AccessSaga(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Machine = Harness.GetSagaStateMachineHarness<AccessStateMachine, AccessState>();
        Clock = provider.GetRequiredService<TestClock>();
        Scheduler = provider.GetRequiredService<ManualScheduler>();
    }

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<AccessStateMachine, AccessState> Machine { get; }

    public TestClock Clock { get; }

    public ManualScheduler Scheduler { get; }

    public static readonly AccessOptions Options = new();

    public static async Task<AccessSaga> StartAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ShopOptions { OwnerIds = $"{Owner},{SecondOwner}" }));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddSingleton<TestClock>();
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<TestClock>());
        services.AddSingleton<ManualScheduler>();
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddSagaStateMachine<AccessStateMachine, AccessState>().InMemoryRepository();
            bus.AddConsumer<ManualScheduler.Consumer>().Endpoint(e => e.Name = ManualScheduler.QueueName);
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseMessageScheduler(new Uri($"queue:{ManualScheduler.QueueName}"));
                cfg.ConfigureEndpoints(context);
            });
        });
        var provider = services.BuildServiceProvider(true);
        var saga = new AccessSaga(provider);
        await saga.Harness.Start();
        return saga;
    }

    public static TelegramUser User(long id = Stranger) => new(id, id == Stranger ? "Anna" : $"Staff {id}", null, id == Stranger ? "anna" : null, "en");

    public Task Request(long userId = Stranger, string? message = "Hi, I'm Anna from the book club") =>
        Harness.Bus.Publish(new RequestAccess(userId, userId, User(userId), message, Clock.GetUtcNow()));

    public Task Decide(AccessDecision decision, long by = Owner, int? number = 1, string? reason = null, string? press = null, long userId = Stranger) =>
        Harness.Bus.Publish(new DecideAccess(userId, decision, number, by, $"Staff {by}", reason, press, by, Clock.GetUtcNow()));

    /// <summary>Files a request and waits until it waits for a decision and its expiry is with the scheduler.</summary>
    public async Task<AccessState> PendingAsync(long userId = Stranger)
    {
        await Request(userId);
        var user = await InState(userId, m => m.Pending);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Scheduler.Pending.Any(s => s.TokenId == user.ExpiryTokenId) && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Contains(Scheduler.Pending, s => s.TokenId == user.ExpiryTokenId);
        return user;
    }

    public async Task<AccessState> InState(long userId, Func<AccessStateMachine, State> state)
    {
        var found = await Machine.Exists(AccessIds.For(userId), state);
        Assert.True(found.HasValue, $"user {userId} did not reach the expected state");
        return Machine.Sagas.Contains(AccessIds.For(userId))!;
    }

    public AccessState Get(long userId = Stranger) => Machine.Sagas.Contains(AccessIds.For(userId))!;

    /// <summary>Waits until the harness is quiet, so "nothing else happened" can be asserted.</summary>
    public Task Settled() => Harness.InactivityTask;

    public Task AdvanceAsync(TimeSpan by) => Scheduler.AdvanceAsync(by, Harness.Bus);

    /// <summary>
    /// Waits (boundedly) for a message to be published. The harness's own <c>Published.Any</c> stops waiting for good once the
    /// harness has been idle, e.g. after <see cref="Settled"/>, and would then race the saga still publishing.
    /// </summary>
    public async Task<bool> EventuallyPublished<T>(Func<T, bool> match) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Harness.Published.Select<T>().Any(m => match(m.Context.Message)))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(20);
        }
        return true;
    }

    public async Task<bool> SentTo(long chatId, string text) =>
        await Harness.Published.Any<SendChatMessage>(m => m.Context.Message.ChatId == chatId && m.Context.Message.Content.Text.Contains(text));

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
