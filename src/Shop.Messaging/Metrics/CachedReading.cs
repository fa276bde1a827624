using Microsoft.Extensions.Logging;

namespace Shop.Messaging.Metrics;

/// <summary>
/// The last result of a slow read, taken again only once it is older than <paramref name="maxAge"/>: however often
/// Prometheus (or several of them) scrape, the database or broker is asked at most once per period.
/// </summary>
/// <remarks>A failed read clears the value, so the gauge goes absent rather than reporting numbers that are no longer true.</remarks>
public sealed class CachedReading<T>(TimeSpan maxAge, Func<CancellationToken, Task<T>> read, ILogger logger, TimeProvider? time = null)
    where T : class
{
    readonly TimeProvider _time = time ?? TimeProvider.System;
    readonly SemaphoreSlim _gate = new(1, 1);
    DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>The last successful reading; null before the first and after a failure.</summary>
    public T? Current { get; private set; }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (_time.GetUtcNow() - _readAt < maxAge) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another scrape may have refreshed it while this one waited.
            if (_time.GetUtcNow() - _readAt < maxAge) return;
            try
            {
                Current = await read(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                Current = null;
                logger.LogWarning("A metrics reading failed, its gauges are left out until it works again: {Reason}", e.Message);
            }
            _readAt = _time.GetUtcNow();
        }
        finally
        {
            _gate.Release();
        }
    }
}
