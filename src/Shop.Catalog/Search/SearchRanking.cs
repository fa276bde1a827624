namespace Shop.Catalog.Search;

/// <summary>Orders search candidates: the title counts twice what the description does; weak matches are dropped.</summary>
public static class SearchRanking
{
    /// <summary>Below this a candidate is noise rather than a typo of what was meant.</summary>
    public const double Threshold = 0.35;
    public const int MaxResults = 10;

    public static double Score(double titleSimilarity, double descriptionSimilarity) =>
        Math.Max(titleSimilarity, (2 * titleSimilarity + descriptionSimilarity) / 3);

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
