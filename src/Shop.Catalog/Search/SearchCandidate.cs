namespace Shop.Catalog.Search;

/// <summary>A product PostgreSQL found similar to the query, with how similar its title and description are (0 to 1).</summary>
public sealed record SearchCandidate(Guid ProductId, string Title, double TitleSimilarity, double DescriptionSimilarity);
