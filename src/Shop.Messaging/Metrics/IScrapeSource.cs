namespace Shop.Messaging.Metrics;

/// <summary>
/// A reading that takes I/O (a database query, a management API call). It is refreshed, asynchronously and at most every
/// few seconds, just before a scrape, so that its observable instruments can report the cached values synchronously.
/// </summary>
public interface IScrapeSource
{
    Task RefreshAsync(CancellationToken cancellationToken);
}
