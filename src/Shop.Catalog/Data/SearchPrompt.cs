namespace Shop.Catalog.Data;

/// <summary>A user was asked what they are looking for: their next plain text is a search.</summary>
public sealed class SearchPrompt
{
    public long UserId { get; set; }

    public DateTimeOffset AskedAt { get; set; }
}
