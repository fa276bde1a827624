using Shop.Catalog.Browsing;
using Shop.Catalog.Data;
using Shop.Catalog.Texts;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Search;

/// <summary>Runs a search for what a user typed and builds the answer: results, or the categories when nothing matched.</summary>
public static class SearchResultsView
{
    public static async Task<MessageContent> ForAsync(CatalogDbContext db, CatalogTexts texts, string typed, CancellationToken ct)
    {
        if (SearchQuery.Normalize(typed) is not { } query) return new MessageContent(texts.SearchTooLong);
        var found = await ProductSearch.FindAsync(db, query, ct);
        var categories = found.Count == 0 ? await CatalogReads.CategoriesAsync(db, ct) : [];
        return CatalogView.SearchResults(texts, typed.Trim(), found, categories);
    }
}
