using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Messaging;

namespace Shop.Catalog.Demo;

/// <summary>
/// A small catalog to try the shop with against the sandbox. Ids are derived from names, so two catalog processes starting
/// together cannot load it twice, and its events carry the same ids whoever publishes them.
/// </summary>
public static class DemoCatalog
{
    static readonly Guid Namespace = new("3b0c8a55-1f6e-4f7c-9d7e-5a8f1c2e4b90");

    static readonly (string Key, string Title)[] Categories =
    [
        ("coffee", "☕ Coffee"),
        ("tea", "🍵 Tea"),
        ("kitchen", "🫖 Kitchen"),
    ];

    static readonly (string Category, string Key, string Title, string Description, long PriceMinor, int Stock, bool Photo)[] Products =
    [
        ("coffee", "espresso", "Espresso Blend", "Dark roast beans for a rich espresso with notes of cocoa. 500 g.", 1490, 25, true),
        ("coffee", "colombia", "Colombia Supremo", "Single-origin arabica, medium roast, caramel and citrus. 250 g.", 990, 40, true),
        ("coffee", "creme", "Café Crème", "A mild, smooth roast for long coffees and milk drinks. 1 kg.", 2450, 12, false),
        ("coffee", "decaf", "Decaf Brazil", "Swiss-water decaffeinated beans, nutty and sweet. 250 g.", 1090, 0, false),
        ("tea", "sencha", "Green Tea Sencha", "Japanese steamed green tea, fresh and grassy. 100 g.", 850, 30, true),
        ("tea", "earlgrey", "Earl Grey", "Black tea with bergamot oil. 100 g.", 690, 50, true),
        ("tea", "chamomile", "Chamomile Blossoms", "Whole chamomile flowers for a calm evening cup. 50 g.", 590, 18, false),
        ("tea", "chai", "Masala Chai", "Assam black tea with cardamom, cinnamon and ginger. 100 g.", 790, 22, false),
        ("kitchen", "mug", "Stoneware Mug", "Hand-glazed mug, 350 ml, dishwasher safe.", 1200, 15, true),
        ("kitchen", "kettle", "Gooseneck Kettle", "Pour-over kettle with a thermometer, 1 l.", 4900, 6, true),
        ("kitchen", "grinder", "Hand Grinder", "Ceramic burr grinder with 18 grind settings.", 3500, 8, false),
        ("kitchen", "filters", "Paper Filters", "100 unbleached filters, size 02.", 450, 100, false),
    ];

    public static Guid CategoryId(string key) => MessageIds.Derive(Namespace, "category:" + key);

    public static Guid ProductId(string key) => MessageIds.Derive(Namespace, "product:" + key);

    /// <summary>
    /// Loads the demo catalog when the catalog is empty; returns what it added (nothing when there was a catalog already).
    /// <paramref name="photoBaseUrl"/> is where the sandbox serves the demo pictures; without it the demo has no photos.
    /// </summary>
    public static async Task<(IReadOnlyList<Category> Categories, IReadOnlyList<Product> Products)> LoadIfEmptyAsync(
        CatalogDbContext db, string? photoBaseUrl, string currency, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Two catalog processes starting at once: the second waits here and then finds the catalog loaded.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('catalog.demo'))", ct);
        if (await db.Categories.AnyAsync(ct)) return ([], []);

        var categories = Categories
            .Select((c, i) => new Category { Id = CategoryId(c.Key), Title = c.Title, Position = i + 1, Active = true, Version = 1, UpdatedAt = now })
            .ToList();
        var products = Products
            .Select((p, i) => new Product
            {
                Id = ProductId(p.Key),
                CategoryId = CategoryId(p.Category),
                Title = p.Title,
                Description = p.Description,
                PriceMinor = p.PriceMinor,
                Currency = currency,
                PhotoFileId = p.Photo && photoBaseUrl is { Length: > 0 } baseUrl ? $"{baseUrl.TrimEnd('/')}/sandbox/demo/{p.Key}.svg" : null,
                Stock = p.Stock,
                Active = true,
                Position = i + 1,
                Version = 1,
                UpdatedAt = now,
            })
            .ToList();
        db.Categories.AddRange(categories);
        db.Products.AddRange(products);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (categories, products);
    }
}
