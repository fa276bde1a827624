using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;

namespace Shop.Catalog.Search;

/// <summary>Finds active products by words, tolerant of case, accents and small typos.</summary>
public static class ProductSearch
{
    public static async Task<IReadOnlyList<Product>> FindAsync(CatalogDbContext db, string normalizedQuery, CancellationToken ct)
    {
        if (normalizedQuery.Length == 0) return [];
        // word_similarity: how well the query matches the best stretch of words in the text, so a word inside a long
        // description still counts. Similarity is computed at query time; a shop's catalog is small enough.
        var candidates = await db.Database.SqlQuery<SearchCandidate>($"""
            SELECT id AS "ProductId", title AS "Title",
                   public.word_similarity({normalizedQuery}, catalog.search_text(title))::float8 AS "TitleSimilarity",
                   public.word_similarity({normalizedQuery}, catalog.search_text(description))::float8 AS "DescriptionSimilarity"
            FROM catalog.products
            WHERE active
            ORDER BY 3 DESC, 4 DESC
            LIMIT 50
            """).ToListAsync(ct);
        var ranked = SearchRanking.Rank(candidates);
        if (ranked.Count == 0) return [];
        var products = await db.Products.AsNoTracking().Where(p => ranked.Contains(p.Id)).ToListAsync(ct);
        return ranked.Select(id => products.Single(p => p.Id == id)).ToList();
    }
}
