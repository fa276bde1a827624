using System.Collections.Concurrent;

namespace Shop.Sandbox;

/// <summary>Counters the benchmark and tests read to see what the bot did to the sandbox.</summary>
internal sealed class SandboxStats
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _rateLimited;
    private long _updatesEmitted;
    private long _webhookDelivered;
    private long _webhookFailedAttempts;

    public void CountCall(string method) => _calls.AddOrUpdate(method, 1, static (_, n) => n + 1);

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void CountUpdateEmitted() => Interlocked.Increment(ref _updatesEmitted);

    public void CountWebhookDelivered() => Interlocked.Increment(ref _webhookDelivered);

    public void CountWebhookFailure() => Interlocked.Increment(ref _webhookFailedAttempts);

    public IReadOnlyDictionary<string, long> Calls => new SortedDictionary<string, long>(_calls, StringComparer.Ordinal);

    public long RateLimited => Interlocked.Read(ref _rateLimited);

    public long UpdatesEmitted => Interlocked.Read(ref _updatesEmitted);

    public long WebhookDelivered => Interlocked.Read(ref _webhookDelivered);

    public long WebhookFailedAttempts => Interlocked.Read(ref _webhookFailedAttempts);
}
