using System.Globalization;
using Shop.Catalog.Data;

namespace Shop.Catalog.Owner;

/// <summary>Checks of what an owner types for a product or a category; each returns the cleaned value or null.</summary>
public static class OwnerInput
{
    public const int MaxStock = 1_000_000;

    public static string? Title(string text) => Clean(text, Product.MaxTitleLength);

    public static string? Description(string text) => Clean(text, Product.MaxDescriptionLength);

    public static string? CategoryTitle(string text) => Clean(text, Category.MaxTitleLength);

    /// <summary>A non-negative whole number of items in stock.</summary>
    public static int? Stock(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= 7
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var stock) && stock <= MaxStock
                ? stock
                : null;
    }

    static string? Clean(string text, int maxLength)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed.Length > maxLength ? null : trimmed;
    }
}
