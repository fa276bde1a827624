using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Cart.Checkout;
using Shop.Cart.Data;
using Shop.Cart.Fallback;
using Shop.Cart.Home;
using Shop.Cart.Products;
using Shop.Cart.Shopping;
using Shop.Messaging;
using Shop.Messaging.Outbox;

namespace Shop.Cart;

/// <summary>The Cart worker: the shop's home screen and the customer's cart.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddCartWorker(this IHostApplicationBuilder builder)
    {
        builder.AddShopDatabase<CartDbContext>(CartDbContext.Schema);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddShopOutbox<CartDbContext>();
        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<HomeCommandConsumer>(typeof(CartConsumerDefinition<HomeCommandConsumer>));
            bus.AddConsumer<HomeButtonConsumer>(typeof(CartConsumerDefinition<HomeButtonConsumer>));
            bus.AddConsumer<CartCommandConsumer>(typeof(CartConsumerDefinition<CartCommandConsumer>));
            bus.AddConsumer<CartButtonConsumer>(typeof(CartConsumerDefinition<CartButtonConsumer>));
            // Named for this worker: a class of the same name in Ordering would otherwise share the queue and take its presses.
            bus.AddConsumer<CheckoutButtonConsumer>(typeof(CartConsumerDefinition<CheckoutButtonConsumer>))
                .Endpoint(endpoint => endpoint.Name = "cart-checkout");
            bus.AddConsumer<UnknownButtonConsumer>(typeof(CartConsumerDefinition<UnknownButtonConsumer>));
            // Other workers keep copies of the catalog too: the queue is named for this one.
            bus.AddConsumer<ProductChangedConsumer>(typeof(CartConsumerDefinition<ProductChangedConsumer>))
                .Endpoint(endpoint => endpoint.Name = "cart-products");
            // Other workers react to placed orders too: the queue is named for this one.
            bus.AddConsumer<OrderPlacedConsumer>(typeof(CartConsumerDefinition<OrderPlacedConsumer>))
                .Endpoint(endpoint => endpoint.Name = "cart-orders");
        });
        return builder;
    }
}
