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
        builder.Services.AddOptions<OrderingOptions>().BindConfiguration(OrderingOptions.SectionName).ValidateOnStart();
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

    /// <summary>The checkout wizard. Queues are named for this worker, since other workers consume the same Telegram messages.</summary>
    static void AddCheckout(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<CheckoutRequestedConsumer>(typeof(OrderingConsumerDefinition<CheckoutRequestedConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-checkout-requested");
        bus.AddConsumer<CheckoutButtonConsumer>(typeof(OrderingConsumerDefinition<CheckoutButtonConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-checkout-button");
        bus.AddConsumer<CheckoutTextConsumer>(typeof(OrderingConsumerDefinition<CheckoutTextConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-checkout-text");
        bus.AddConsumer<CheckoutContactConsumer>(typeof(OrderingConsumerDefinition<CheckoutContactConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-checkout-contact");
        bus.AddConsumer<CheckoutCancelCommandConsumer>(typeof(OrderingConsumerDefinition<CheckoutCancelCommandConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-checkout-cancel");
        bus.AddConsumer<TextInputClaimedConsumer>(typeof(OrderingConsumerDefinition<TextInputClaimedConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-text-input-claimed");
    }

    /// <summary>Order screens and actions for staff and customers.</summary>
    static void AddStaff(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<OrderButtonConsumer>(typeof(OrderingConsumerDefinition<OrderButtonConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-order-button");
        bus.AddConsumer<OrderCommandConsumer>(typeof(OrderingConsumerDefinition<OrderCommandConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-order-command");
        bus.AddConsumer<RejectReasonConsumer>(typeof(OrderingConsumerDefinition<RejectReasonConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-reject-reason");
        bus.AddConsumer<StaffCancelConsumer>(typeof(OrderingConsumerDefinition<StaffCancelConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-staff-cancel");
        bus.AddConsumer<StaffInputClaimedConsumer>(typeof(OrderingConsumerDefinition<StaffInputClaimedConsumer>))
            .Endpoint(endpoint => endpoint.Name = "ordering-staff-input-claimed");
    }
}
