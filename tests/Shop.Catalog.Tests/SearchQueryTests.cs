using Shop.Catalog.Search;

namespace Shop.Catalog.Tests;

public sealed class When_a_search_is_prepared
{
    [Theory]
    [InlineData("Café Crème", "cafe creme")]
    [InlineData("  COFFEE,   beans!! ", "coffee beans")]
    [InlineData("Кофе", "кофе")]
    [InlineData("Зёрна", "зерна")]
    [InlineData("Ёлка", "елка")]
    [InlineData("crème-brûlée", "creme brulee")]
    [InlineData("?!", "")]
    public void Case_accents_and_punctuation_do_not_matter(string typed, string normalized) =>
        Assert.Equal(normalized, SearchQuery.Normalize(typed));

    [Fact]
    public void Very_long_input_is_not_a_search() => Assert.Null(SearchQuery.Normalize(new string('a', 150)));

    [Fact]
    public void A_title_match_outranks_a_description_match()
    {
        var inTitle = new SearchCandidate(Guid.NewGuid(), "Coffee beans", 1.0, 0.0);
        var inDescription = new SearchCandidate(Guid.NewGuid(), "Grinder", 0.1, 1.0);

        Assert.Equal([inTitle.ProductId, inDescription.ProductId], SearchRanking.Rank([inDescription, inTitle]));
    }

    [Fact]
    public void Weak_matches_are_dropped_and_results_are_capped()
    {
        var weak = new SearchCandidate(Guid.NewGuid(), "Kettle", 0.2, 0.2);
        var strong = Enumerable.Range(0, 15).Select(i => new SearchCandidate(Guid.NewGuid(), $"Tea {i:00}", 0.9, 0)).ToList();

        var ranked = SearchRanking.Rank([weak, .. strong]);

        Assert.DoesNotContain(weak.ProductId, ranked);
        Assert.Equal(SearchRanking.MaxResults, ranked.Count);
        Assert.Equal(strong.OrderBy(c => c.Title).Take(10).Select(c => c.ProductId), ranked);
    }

    [Fact]
    public void A_strong_description_match_alone_still_counts() =>
        Assert.True(SearchRanking.Score(0, 1.0) >= SearchRanking.Threshold);
}
