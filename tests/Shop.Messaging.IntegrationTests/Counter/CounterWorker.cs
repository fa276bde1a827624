using Microsoft.Extensions.Hosting;
using Shop.Messaging.Sagas;

namespace Shop.Messaging.IntegrationTests.Counter;

/// <summary>A worker hosting only the counter saga, registered the way a real worker registers its state machines.</summary>
public static class CounterWorker
{
    public static IHostApplicationBuilder AddCounterWorker(this IHostApplicationBuilder builder)
    {
        builder.AddShopDatabase<CounterDbContext>(CounterDbContext.Schema);
        builder.AddShopBus(bus => bus.AddSagaStateMachine<CounterStateMachine, CounterState>()
            .EntityFrameworkRepository<CounterState, CounterDbContext>());
        return builder;
    }
}
