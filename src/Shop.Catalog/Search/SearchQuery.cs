using System.Globalization;
using System.Text;

namespace Shop.Catalog.Search;

/// <summary>
/// What the user typed, made comparable: lower case, accents and punctuation gone, spaces collapsed. PostgreSQL does the
/// same to titles and descriptions (<c>catalog.search_text</c>), and trigram similarity forgives small typos.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 100;

    /// <summary>Normalised words; empty when nothing searchable is left; null when the input is too long to be a search.</summary>
    public static string? Normalize(string text)
    {
        if (text.Length > MaxLength * 2) return null;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        var normalized = builder.ToString().Normalize(NormalizationForm.FormC);
        return normalized.Length > MaxLength ? null : normalized;
    }
}
