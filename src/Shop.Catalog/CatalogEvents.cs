using Shop.Catalog.Data;
using Shop.Contracts.Catalog;

namespace Shop.Catalog;

/// <summary>The full-state events other workers keep their copies of the catalog from.</summary>
public static class CatalogEvents
{
    public static ProductChanged Changed(Product p) =>
        new(p.Id, p.CategoryId, p.Title, p.Description, p.PriceMinor, p.Currency.Trim(), p.PhotoFileId, p.Stock, p.Active, p.Position,
            p.Version, p.UpdatedAt);

    public static CategoryChanged Changed(Category c) => new(c.Id, c.Title, c.Position, c.Active, c.Version, c.UpdatedAt);
}
