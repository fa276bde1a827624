using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;

namespace Shop.Catalog.Browsing;

/// <summary>The catalog as a user may see it: customers see active items only, the owner sees everything.</summary>
public static class CatalogReads
{
    public static Task<List<Category>> CategoriesAsync(CatalogDbContext db, CancellationToken ct) =>
        db.Categories.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Position).ThenBy(c => c.Title).ToListAsync(ct);

    public static Task<List<Product>> ProductsAsync(CatalogDbContext db, Guid categoryId, bool isOwner, CancellationToken ct) =>
        db.Products.AsNoTracking()
            .Where(p => p.CategoryId == categoryId && (isOwner || p.Active))
            .OrderBy(p => p.Position).ThenBy(p => p.Title)
            .ToListAsync(ct);

    /// <summary>The page of its category's list that shows <paramref name="product"/>.</summary>
    public static async Task<int> ListPageAsync(CatalogDbContext db, Product product, bool isOwner, int pageSize, CancellationToken ct)
    {
        var ids = await db.Products.AsNoTracking()
            .Where(p => p.CategoryId == product.CategoryId && (isOwner || p.Active))
            .OrderBy(p => p.Position).ThenBy(p => p.Title)
            .Select(p => p.Id)
            .ToListAsync(ct);
        return CatalogView.PageOf(ids.IndexOf(product.Id), pageSize);
    }
}
