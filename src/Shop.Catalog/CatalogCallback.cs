using System.Globalization;
using Shop.Storefront;

namespace Shop.Catalog;

/// <summary>
/// The catalog's callback data (prefix <c>c:</c>), read strictly: anything under the prefix that does not parse exactly is
/// forged or stale, and is answered with an alert instead of acted on. Every datum fits Telegram's 64 bytes.
/// </summary>
public abstract record CatalogCallback
{
    public const int MaxPage = 999;
    public const int MaxQuantity = 9999;

    /// <summary>The category list.</summary>
    public sealed record ShowCategories : CatalogCallback;

    /// <summary>A page of one category's products.</summary>
    public sealed record ShowCategory(Guid CategoryId, int Page) : CatalogCallback;

    /// <summary>A product card with its quantity stepper.</summary>
    public sealed record ShowProduct(Guid ProductId, int Quantity) : CatalogCallback;

    /// <summary>Ask the user what to search for.</summary>
    public sealed record AskSearch : CatalogCallback;

    /// <summary>A label-only button (the quantity between − and +).</summary>
    public sealed record Nothing : CatalogCallback;

    /// <summary>Owner: start a one-step edit of one field of a product.</summary>
    public sealed record EditProduct(Guid ProductId, ProductField Field) : CatalogCallback;

    /// <summary>Owner: hide a product from customers or show it again.</summary>
    public sealed record ToggleProduct(Guid ProductId) : CatalogCallback;

    /// <summary>Owner: the category chosen for the new product being drafted.</summary>
    public sealed record ChooseCategory(Guid CategoryId) : CatalogCallback;

    /// <summary>Owner: at the category step of a new product, make a new category first.</summary>
    public sealed record NewCategory : CatalogCallback;

    /// <summary>Owner: start renaming a category.</summary>
    public sealed record RenameCategory(Guid CategoryId) : CatalogCallback;

    public const string NothingData = "c:noop";
    const string OwnerPrefix = Buttons.CatalogOwnerPrefix;

    public const string NewCategoryData = OwnerPrefix + "nc";

    public static string Edit(Guid productId, ProductField field) => $"{OwnerPrefix}{FieldCode(field)}:{productId:N}";

    public static string Toggle(Guid productId) => $"{OwnerPrefix}vis:{productId:N}";

    public static string Choose(Guid categoryId) => $"{OwnerPrefix}pc:{categoryId:N}";

    public static string Rename(Guid categoryId) => $"{OwnerPrefix}rc:{categoryId:N}";

    public static bool IsCatalogData(string data) => data.StartsWith(Buttons.CatalogPrefix, StringComparison.Ordinal);

    /// <summary>What catalog data means; null when it is not exactly one of the catalog's own forms.</summary>
    public static CatalogCallback? Parse(string data)
    {
        if (data == Buttons.Categories) return new ShowCategories();
        if (data == Buttons.Search) return new AskSearch();
        if (data == NothingData) return new Nothing();
        if (data == NewCategoryData) return new NewCategory();
        var parts = data.Split(':');
        return parts switch
        {
            ["c", "cat", var id, var page] when Id(id) is { } category && Number(page, 0, MaxPage) is { } p => new ShowCategory(category, p),
            ["c", "p", var id] when Id(id) is { } product => new ShowProduct(product, 1),
            ["c", "p", var id, var qty] when Id(id) is { } product && Number(qty, 1, MaxQuantity) is { } q => new ShowProduct(product, q),
            ["c", "o", "vis", var id] when Id(id) is { } product => new ToggleProduct(product),
            ["c", "o", "pc", var id] when Id(id) is { } category => new ChooseCategory(category),
            ["c", "o", "rc", var id] when Id(id) is { } category => new RenameCategory(category),
            ["c", "o", var code, var id] when FieldOf(code) is { } field && Id(id) is { } product => new EditProduct(product, field),
            _ => null,
        };
    }

    static Guid? Id(string text) => text.Length == 32 && Guid.TryParseExact(text, "N", out var id) ? id : null;

    static int? Number(string text, int min, int max) =>
        text.Length is > 0 and <= 4 && (text == "0" || text[0] != '0')
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;

    static string FieldCode(ProductField field) => field switch
    {
        ProductField.Price => "price",
        ProductField.Stock => "stock",
        ProductField.Title => "title",
        ProductField.Description => "desc",
        ProductField.Photo => "photo",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    static ProductField? FieldOf(string code) => code switch
    {
        "price" => ProductField.Price,
        "stock" => ProductField.Stock,
        "title" => ProductField.Title,
        "desc" => ProductField.Description,
        "photo" => ProductField.Photo,
        _ => null,
    };
}
