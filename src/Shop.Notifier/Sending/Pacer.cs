namespace Shop.Notifier.Sending;

/// <summary>
/// Schedules sends within Telegram's limits with the generic cell rate algorithm: each limit keeps the theoretical time
/// of its next send, a burst may run that far ahead of now, and a 429 pauses everything for its retry_after.
/// Pure: the caller passes the time and waits for the slot it gets.
/// </summary>
public sealed class Pacer(double globalPerSecond, int globalBurst, double perChatPerSecond, int perChatBurst)
{
    readonly Lock _lock = new();
    readonly Dictionary<long, DateTimeOffset> _chatNext = [];
    // A few percent slower than the stated limits: Telegram counts when a request arrives, we count when it leaves.
    const double Margin = 1.05;
    readonly TimeSpan _globalInterval = TimeSpan.FromSeconds(Margin / globalPerSecond);
    readonly TimeSpan _chatInterval = TimeSpan.FromSeconds(Margin / perChatPerSecond);
    DateTimeOffset _globalNext = DateTimeOffset.MinValue;
    DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    int _consecutiveOutages;

    /// <summary>
    /// Reserves the earliest slot allowed for a message to <paramref name="chatId"/>; returns when it is. A
    /// <paramref name="reply"/> to what the user just did in the chat is not held back by the chat's own pace (the user sets
    /// it, and Telegram tolerates such short bursts); it still counts towards it, so an unsolicited send right after waits,
    /// and it keeps to the global limit and any retry_after pause.
    /// </summary>
    public DateTimeOffset Reserve(long chatId, DateTimeOffset now, bool reply = false)
    {
        lock (_lock)
        {
            var earliest = now > _pausedUntil ? now : _pausedUntil;
            var chatNext = _chatNext.TryGetValue(chatId, out var next) ? next : DateTimeOffset.MinValue;
            var slot = reply ? earliest : Max(earliest, Ahead(chatNext, _chatInterval, perChatBurst));
            slot = Max(slot, Ahead(_globalNext, _globalInterval, globalBurst));
            _globalNext = Max(_globalNext, slot) + _globalInterval;
            _chatNext[chatId] = Max(chatNext, slot) + _chatInterval;
            if (_chatNext.Count > 10_000) Forget(now);
            return slot;
        }
    }

    /// <summary>Holds every send until <paramref name="until"/> (Telegram said retry_after).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }

    /// <summary>Counts one more failed call in a row and pauses every send for a back-off that grows with the count.</summary>
    public TimeSpan RecordOutage(DateTimeOffset now)
    {
        var outages = Interlocked.Increment(ref _consecutiveOutages);
        var backOff = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(outages, 6)) / 4));
        PauseUntil(now + backOff);
        return backOff;
    }

    public void RecordSuccess() => Interlocked.Exchange(ref _consecutiveOutages, 0);

    public int TrackedChats
    {
        get { lock (_lock) return _chatNext.Count; }
    }

    static DateTimeOffset Ahead(DateTimeOffset next, TimeSpan interval, int burst) =>
        next == DateTimeOffset.MinValue ? next : next - interval * (burst - 1);

    void Forget(DateTimeOffset now)
    {
        foreach (var (chat, next) in _chatNext.ToList())
            if (next < now) _chatNext.Remove(chat);
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
