namespace Shop.Catalog.Tests;

/// <summary>Everything the catalog published that a test may look at, with the message ids it carried.</summary>
public sealed class Recorded
{
    readonly Lock _lock = new();
    readonly List<(Guid? Id, object Message)> _items = [];

    public void Add(Guid? id, object message)
    {
        lock (_lock) _items.Add((id, message));
    }

    /// <summary>How many messages were recorded so far: a checkpoint to wait for later ones only.</summary>
    public int Count
    {
        get { lock (_lock) return _items.Count; }
    }

    public IReadOnlyList<(Guid? Id, T Message)> All<T>(int after = 0)
    {
        lock (_lock) return _items.Skip(after).Where(i => i.Message is T).Select(i => (i.Id, (T)i.Message)).ToList();
    }

    /// <summary>Waits for a message recorded after <paramref name="after"/> that matches; a bound against hanging, not a timing assertion.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match, int after = 0, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var found = All<T>(after).Select(i => i.Message).FirstOrDefault(match);
            if (found is not null) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No {typeof(T).Name} matched. Seen: " + string.Join(" | ", All<object>().Select(i => i.Message)));
    }
}
