namespace Shop.Catalog.Search;

/// <summary>
/// Orders search candidates: a match in the title counts fully, one in the description counts 80 %, and a product that
/// matches in both gets a little more; weak matches are dropped.
/// </summary>
public static class SearchRanking
{
    /// <summary>Below this a candidate is noise rather than a typo of what was meant.</summary>
    public const double Threshold = 0.35;
    public const int MaxResults = 10;

    public static double Score(double titleSimilarity, double descriptionSimilarity) =>
        Math.Max(titleSimilarity, 0.8 * descriptionSimilarity) + 0.1 * Math.Min(titleSimilarity, descriptionSimilarity);

    public static IReadOnlyList<Guid> Rank(IEnumerable<SearchCandidate> candidates) =>
        candidates
            .Select(candidate => (candidate, score: Score(candidate.TitleSimilarity, candidate.DescriptionSimilarity)))
            .Where(ranked => ranked.score >= Threshold)
            .OrderByDescending(ranked => ranked.score)
            .ThenBy(ranked => ranked.candidate.Title, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(ranked => ranked.candidate.ProductId)
            .Take(MaxResults)
            .Select(ranked => ranked.candidate.ProductId)
            .ToList();
}
