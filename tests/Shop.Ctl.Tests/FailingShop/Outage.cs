using System.Collections.Concurrent;

namespace Shop.Ctl.Tests.FailingShop;

/// <summary>Whether the consumers fail, and what they handled while they did not: the switch a test flips after "the fix".</summary>
public sealed class Outage
{
    public volatile bool Failing = true;

    public ConcurrentDictionary<Guid, IReadOnlyDictionary<string, object?>> Handled { get; } = new();

    public void Record(Guid? messageId, IEnumerable<KeyValuePair<string, object>> transportHeaders)
    {
        if (messageId is { } id) Handled[id] = transportHeaders.ToDictionary(h => h.Key, h => (object?)h.Value);
    }

    /// <summary>Waits until the consumers handled <paramref name="id"/> and returns the transport headers it came with.</summary>
    public async Task<IReadOnlyDictionary<string, object?>> WaitForAsync(Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Handled.ContainsKey(id))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"message {id} was not handled");
            await Task.Delay(50);
        }
        return Handled[id];
    }
}
