using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Catalog.Data;
using Shop.Messaging;

namespace Shop.Catalog.Demo;

/// <summary>At start, with <c>Shop:Sandbox</c> true and an empty catalog, loads the demo catalog and publishes it. Never otherwise.</summary>
public sealed class DemoCatalogLoader(
    IServiceScopeFactory scopes, IOptions<ShopOptions> shop, IOptions<CatalogOptions> catalog, IConfiguration configuration,
    TimeProvider clock, ILogger<DemoCatalogLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!shop.Value.Sandbox) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var (categories, products) = await DemoCatalog.LoadIfEmptyAsync(
            db, configuration["Telegram:ApiBaseUrl"], catalog.Value.Currency, DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds()), cancellationToken);
        if (categories.Count == 0) return;
        var publish = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        foreach (var category in categories)
            await publish.Publish(CatalogEvents.Changed(category), c => c.MessageId = MessageIds.Derive(category.Id, "v1"), cancellationToken);
        foreach (var product in products)
            await publish.Publish(CatalogEvents.Changed(product), c => c.MessageId = MessageIds.Derive(product.Id, "v1"), cancellationToken);
        logger.LogInformation("Loaded the demo catalog: {Categories} categories, {Products} products", categories.Count, products.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
