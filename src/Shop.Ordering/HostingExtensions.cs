using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Shop.Messaging;
using Shop.Messaging.Metrics;
using Shop.Messaging.Outbox;
using Shop.Messaging.Sagas;
using Shop.Ordering.Checkout;
using Shop.Ordering.Data;
using Shop.Ordering.Orders;
using Shop.Ordering.Staff;

namespace Shop.Ordering;

/// <summary>The Ordering worker: checkout, the order-fulfilment saga, and the staff's and customers' order screens.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddOrderingWorker(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrderingOptions>().BindConfiguration(OrderingOptions.SectionName).ValidateOnStart()
            .PostConfigure<IOptions<ShopOptions>>((options, shop) => options.StaffLanguage ??= shop.Value.StaffLanguage);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrderingOptions>, OrderingOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddShopDatabase<OrderingDbContext>(OrderingDbContext.Schema);
        builder.AddShopOutbox<OrderingDbContext>();
        builder.AddScrapeSource<OrdersByStatus>();
        builder.AddShopBus(bus =>
        {
            bus.AddSagaStateMachine<OrderStateMachine, OrderState>(typeof(OrderStateMachineDefinition))
                .EntityFrameworkRepository<OrderState, OrderingDbContext>();
            AddCheckout(bus);
            AddStaff(bus);
        });
        return builder;
    }

    /// <summary>The checkout wizard.</summary>
    static void AddCheckout(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CheckoutRequestedConsumer>(typeof(OrderingConsumerDefinition<CheckoutRequestedConsumer>));
        bus.AddConsumer<CheckoutButtonConsumer>(typeof(OrderingConsumerDefinition<CheckoutButtonConsumer>));
        bus.AddConsumer<CheckoutInputConsumer>(typeof(OrderingConsumerDefinition<CheckoutInputConsumer>));
    }

    /// <summary>Order screens and actions for staff and customers.</summary>
    static void AddStaff(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<OrderButtonConsumer>(typeof(OrderingConsumerDefinition<OrderButtonConsumer>));
        bus.AddConsumer<OrderCommandConsumer>(typeof(OrderingConsumerDefinition<OrderCommandConsumer>));
        bus.AddConsumer<RejectReasonConsumer>(typeof(OrderingConsumerDefinition<RejectReasonConsumer>));
    }
}
