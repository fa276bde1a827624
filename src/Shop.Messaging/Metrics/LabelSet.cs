namespace Shop.Messaging.Metrics;

/// <summary>
/// The labels of one series, sorted by name. The rendered text doubles as the key: two measurements with the same tags
/// in a different order land in the same series.
/// </summary>
public sealed class LabelSet : IEquatable<LabelSet>
{
    public static readonly LabelSet Empty = new([]);

    LabelSet(IReadOnlyList<KeyValuePair<string, string>> labels)
    {
        Labels = labels;
        Text = PrometheusText.Labels(labels);
    }

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; }

    /// <summary>The labels as exposition text, <c>a="x",b="y"</c>, without braces.</summary>
    public string Text { get; }

    public static LabelSet From(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty) return Empty;
        var labels = new List<KeyValuePair<string, string>>(tags.Length);
        foreach (var tag in tags)
            labels.Add(new(PrometheusText.LabelName(tag.Key), PrometheusText.LabelValue(tag.Value)));
        labels.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new LabelSet(labels);
    }

    public bool Equals(LabelSet? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => Equals(obj as LabelSet);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
