using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Cart.Checkout;
using Shop.Cart.Data;
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
            bus.AddConsumer<CheckoutButtonConsumer>(typeof(CartConsumerDefinition<CheckoutButtonConsumer>));
            bus.AddConsumer<ProductChangedConsumer>(typeof(CartConsumerDefinition<ProductChangedConsumer>));
            bus.AddConsumer<OrderPlacedConsumer>(typeof(CartConsumerDefinition<OrderPlacedConsumer>));
        });
        return builder;
    }
}
