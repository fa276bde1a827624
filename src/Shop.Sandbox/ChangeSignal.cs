namespace Shop.Sandbox;

/// <summary>
/// Wakes long-polling waiters. A waiter reads <see cref="Next"/> before it looks at the state it waits on,
/// so a change that lands between the look and the wait still wakes it.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _current = New();

    public Task Next => Volatile.Read(ref _current).Task;

    public void Pulse() => Interlocked.Exchange(ref _current, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
