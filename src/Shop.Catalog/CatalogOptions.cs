namespace Shop.Catalog;

/// <summary>Catalog settings (section <c>Catalog</c>): the shop's currency and how many products a list page shows.</summary>
public sealed class CatalogOptions
{
    public const string SectionName = "Catalog";

    /// <summary>ISO 4217 code every new product is priced in.</summary>
    public string Currency { get; set; } = "EUR";

    public int PageSize { get; set; } = 6;
}
