using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Cart.Data;
using Shop.Contracts.Catalog;

namespace Shop.Cart.Products;

/// <summary>Keeps the cart's own copy of the catalog's products, so the cart never reads the catalog's tables.</summary>
public sealed class ProductChangedConsumer(CartDbContext db) : IConsumer<ProductChanged>
{
    public async Task Consume(ConsumeContext<ProductChanged> context)
    {
        var p = context.Message;
        // One statement, insert or overwrite with a newer version only: an older event arriving late, a redelivered one,
        // or the same one handled by two workers at once all leave the newest state in place.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO cart.products (product_id, title, price_minor, currency, photo_file_id, stock, active, version)
            VALUES ({p.ProductId}, {p.Title}, {p.PriceMinor}, {p.Currency}, {p.PhotoFileId}, {p.Stock}, {p.Active}, {p.Version})
            ON CONFLICT (product_id) DO UPDATE SET
                title = excluded.title, price_minor = excluded.price_minor, currency = excluded.currency,
                photo_file_id = excluded.photo_file_id, stock = excluded.stock, active = excluded.active, version = excluded.version
            WHERE products.version < excluded.version
            """, context.CancellationToken);
    }
}
