using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Contracts.Ordering;
using Shop.Messaging;
using Shop.Ordering.Orders;

namespace Shop.Ordering.Tests;

/// <summary>The order state machine on MassTransit's in-memory test harness, with its delayed scheduler for the acceptance timeout.</summary>
public sealed class OrderSaga : IAsyncDisposable
{
    public const long Owner = 1001;
    public const long SecondOwner = 1002;
    public const long Customer = 2001;

    readonly ServiceProvider _provider;

    OrderSaga(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Machine = Harness.GetSagaStateMachineHarness<OrderStateMachine, OrderState>();
    }

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<OrderStateMachine, OrderState> Machine { get; }

    public static async Task<OrderSaga> StartAsync(TimeSpan? acceptanceTimeout = null, string deliveryMethods = "Delivery,Pickup")
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new ShopOptions { OwnerIds = $"{Owner},{SecondOwner}" }));
        services.AddSingleton(Options.Create(new OrderingOptions
        {
            AcceptanceTimeout = acceptanceTimeout ?? TimeSpan.FromHours(12),
            DeliveryMethods = deliveryMethods,
            PickupAddress = "1 Market Street",
        }));
        services.AddSingleton(TimeProvider.System);
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddDelayedMessageScheduler();
            bus.AddSagaStateMachine<OrderStateMachine, OrderState>().InMemoryRepository();
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseDelayedMessageScheduler();
                cfg.ConfigureEndpoints(context);
            });
        });
        var provider = services.BuildServiceProvider(true);
        var saga = new OrderSaga(provider);
        await saga.Harness.Start();
        return saga;
    }

    public static SubmitOrder Submit(Guid orderId, DeliveryMethod delivery = DeliveryMethod.Delivery, int number = 1042) =>
        new(orderId, number, Customer, Customer, "Anna Smith", "anna", "en", "USD",
            [new OrderLine(Guid.NewGuid(), "Coffee beans", 1250, 2), new OrderLine(Guid.NewGuid(), "Mug", 800, 1)],
            new OrderContact("Anna Smith", "+447700900123", delivery, delivery == DeliveryMethod.Delivery ? "10 Downing St" : null, "Ring twice"),
            DateTimeOffset.UtcNow);

    public Task Publish<T>(T message) where T : class => Harness.Bus.Publish(message);

    /// <summary>Submits an order and has the stock reserved: the order ends placed.</summary>
    public async Task<Guid> PlaceAsync(DeliveryMethod delivery = DeliveryMethod.Delivery)
    {
        var orderId = Guid.NewGuid();
        await Publish(Submit(orderId, delivery));
        Assert.NotNull(await Machine.Exists(orderId, m => m.Reserving));
        await Publish(new StockReserved(orderId, DateTimeOffset.UtcNow));
        Assert.NotNull(await Machine.Exists(orderId, m => m.Placed));
        return orderId;
    }

    public Task Act(Guid orderId, OrderAction action, long by = Owner, string? reason = null, string? press = null) =>
        Publish(new ChangeOrderStatus(orderId, action, by, by == Customer ? "Anna" : $"Staff {by}", reason, press, DateTimeOffset.UtcNow));

    public async Task<OrderState> InState(Guid orderId, Func<OrderStateMachine, State> state)
    {
        var found = await Machine.Exists(orderId, state);
        Assert.True(found.HasValue, $"order {orderId} did not reach the expected state");
        return Machine.Sagas.Contains(orderId)!;
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
