namespace Shop.Catalog;

/// <summary>A field of a product the owner can change in one step from its card.</summary>
public enum ProductField
{
    Price,
    Stock,
    Title,
    Description,
    Photo,
}
