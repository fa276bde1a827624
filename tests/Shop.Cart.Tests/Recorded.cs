namespace Shop.Cart.Tests;

/// <summary>Every message the recorder received, with its message id; repeats are kept, so a test can count them.</summary>
public sealed class Recorded
{
    readonly Lock _lock = new();
    readonly List<(Guid Id, object Message)> _items = [];

    public void Add(Guid id, object message)
    {
        lock (_lock) _items.Add((id, message));
    }

    public IReadOnlyList<(Guid Id, T Message)> All<T>()
    {
        lock (_lock) return _items.Where(i => i.Message is T).Select(i => (i.Id, (T)i.Message)).ToList();
    }
}
