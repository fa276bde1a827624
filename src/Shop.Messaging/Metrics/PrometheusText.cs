using System.Globalization;
using System.Text;

namespace Shop.Messaging.Metrics;

/// <summary>
/// The Prometheus text exposition format, version 0.0.4: names, label escaping, numbers, and whole families with their
/// <c># HELP</c> and <c># TYPE</c> lines.
/// </summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>
    /// A .NET instrument name as Prometheus spells it: dots become underscores, a unit of seconds adds <c>_seconds</c>,
    /// and a counter ends in <c>_total</c> (<c>shop.messages.consumed</c> becomes <c>shop_messages_consumed_total</c>).
    /// </summary>
    public static string MetricName(string instrumentName, string? unit, bool counter)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        if (unit == "s" && !name.EndsWith("_seconds", StringComparison.Ordinal)) name += "_seconds";
        if (counter && !name.EndsWith("_total", StringComparison.Ordinal)) name += "_total";
        return name;
    }

    public static string LabelName(string tag) => Sanitize(tag, allowColon: false);

    public static string LabelValue(object? value) => value switch
    {
        null => "",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary><c>a="x",b="y"</c>: a label value escapes backslash, double quote and line feed.</summary>
    public static string Labels(IEnumerable<KeyValuePair<string, string>> labels)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in labels)
        {
            if (text.Length > 0) text.Append(',');
            text.Append(name).Append("=\"");
            foreach (var c in value)
            {
                text.Append(c switch
                {
                    '\\' => @"\\",
                    '"' => "\\\"",
                    '\n' => @"\n",
                    _ => c.ToString(),
                });
            }
            text.Append('"');
        }
        return text.ToString();
    }

    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static void Write(TextWriter output, MetricFamily family)
    {
        // Help text escapes only backslash and line feed; quotes are fine there.
        output.Write($"# HELP {family.Name} {family.Help.Replace(@"\", @"\\").Replace("\n", @"\n")}\n");
        output.Write($"# TYPE {family.Name} {family.Kind.ToString().ToLowerInvariant()}\n");
        if (family.Kind != MetricKind.Histogram)
        {
            foreach (var (labels, value) in family.Values) Sample(output, family.Name, labels.Text, value);
            return;
        }
        foreach (var (labels, series) in family.Histograms)
        {
            var (cumulative, sum, count) = series.Snapshot();
            var prefix = labels.Text.Length == 0 ? "" : labels.Text + ",";
            for (var i = 0; i < family.Bounds.Count; i++)
                Sample(output, family.Name + "_bucket", $"{prefix}le=\"{Number(family.Bounds[i])}\"", cumulative[i]);
            Sample(output, family.Name + "_bucket", $"{prefix}le=\"+Inf\"", cumulative[^1]);
            Sample(output, family.Name + "_sum", labels.Text, sum);
            Sample(output, family.Name + "_count", labels.Text, count);
        }
    }

    static void Sample(TextWriter output, string name, string labels, double value) =>
        output.Write(labels.Length == 0 ? $"{name} {Number(value)}\n" : $"{name}{{{labels}}} {Number(value)}\n");

    static string Sanitize(string name, bool allowColon)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':') ? c : '_');
        if (text.Length == 0 || char.IsAsciiDigit(text[0])) text.Insert(0, '_');
        return text.ToString();
    }
}
