using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Demo;
using Shop.Catalog.Owner;
using Shop.Catalog.Search;
using Shop.Catalog.Stock;
using Shop.Messaging;
using Shop.Messaging.Outbox;

namespace Shop.Catalog;

/// <summary>
/// The Catalog worker: categories and products, browsing and search for customers, management in chat for the owner,
/// and the stock orders reserve.
/// </summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddCatalogWorker(this IHostApplicationBuilder builder)
    {
        builder.AddShopDatabase<CatalogDbContext>(CatalogDbContext.Schema);
        builder.Services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CatalogOptions>, CatalogOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddShopOutbox<CatalogDbContext>();
        builder.Services.AddScoped<OwnerFlow>();
        builder.Services.AddScoped<StockLedger>();
        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<BrowseButtonConsumer>(typeof(CatalogConsumerDefinition<BrowseButtonConsumer>));
            bus.AddConsumer<SearchButtonConsumer>(typeof(CatalogConsumerDefinition<SearchButtonConsumer>));
            bus.AddConsumer<SearchCommandConsumer>(typeof(CatalogConsumerDefinition<SearchCommandConsumer>));
            bus.AddConsumer<SearchReplyConsumer>(typeof(CatalogConsumerDefinition<SearchReplyConsumer>));
            bus.AddConsumer<OwnerCommandConsumer>(typeof(CatalogConsumerDefinition<OwnerCommandConsumer>));
            bus.AddConsumer<OwnerReplyConsumer>(typeof(CatalogConsumerDefinition<OwnerReplyConsumer>));
            bus.AddConsumer<OwnerButtonConsumer>(typeof(CatalogConsumerDefinition<OwnerButtonConsumer>));
            bus.AddConsumer<ReserveStockConsumer>(typeof(CatalogConsumerDefinition<ReserveStockConsumer>));
            bus.AddConsumer<ReleaseStockConsumer>(typeof(CatalogConsumerDefinition<ReleaseStockConsumer>));
        });
        // After the bus, so the demo's events go out on a started bus (migrations ran first: AddShopDefaults).
        builder.Services.AddHostedService<DemoCatalogLoader>();
        return builder;
    }
}
