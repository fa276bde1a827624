using Shop.Cart.Home;
using Shop.Messaging;

namespace Shop.Cart;

/// <summary>The Cart worker: the shop's home screen and the customer's cart.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddCartWorker(this IHostApplicationBuilder builder)
    {
        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<HomeCommandConsumer>();
            bus.AddConsumer<HomeButtonConsumer>();
        });
        return builder;
    }
}
