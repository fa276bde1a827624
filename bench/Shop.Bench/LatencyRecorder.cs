namespace Shop.Bench;

/// <summary>Collects the latencies and errors of all virtual users; thread-safe.</summary>
public sealed class LatencyRecorder
{
    const int ErrorsKept = 5;

    readonly Lock _gate = new();
    readonly Dictionary<string, List<long>> _byLabel = new(StringComparer.Ordinal);
    readonly List<string> _firstErrors = [];
    long _count;
    long _errors;

    public long Count => Interlocked.Read(ref _count);

    public long Errors => Interlocked.Read(ref _errors);

    public IReadOnlyList<string> FirstErrors
    {
        get { lock (_gate) return [.. _firstErrors]; }
    }

    public void Record(Reply reply)
    {
        lock (_gate)
        {
            if (!_byLabel.TryGetValue(reply.Label, out var list)) _byLabel[reply.Label] = list = [];
            list.Add(reply.LatencyMs);
        }
        Interlocked.Increment(ref _count);
    }

    public void RecordError(Exception error)
    {
        Interlocked.Increment(ref _errors);
        lock (_gate)
        {
            if (_firstErrors.Count < ErrorsKept) _firstErrors.Add($"{error.GetType().Name}: {error.Message}");
        }
    }

    public Percentiles Overall()
    {
        lock (_gate) return Percentiles.Of(_byLabel.Values.SelectMany(list => list));
    }

    public IReadOnlyDictionary<string, Percentiles> ByLabel()
    {
        lock (_gate) return _byLabel.ToDictionary(pair => pair.Key, pair => Percentiles.Of(pair.Value), StringComparer.Ordinal);
    }
}
