using System.Collections;
using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Shop.Ctl;

/// <summary>
/// Reads AMQP header values as the client hands them over: strings arrive as UTF-8 byte arrays, numbers as whichever
/// integer type the publisher chose, so every reader here accepts all of them.
/// </summary>
public static class HeaderValues
{
    public static string? Text(IReadOnlyDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? Display(value) : null;

    public static long? Number(IReadOnlyDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? Number(value) : null;

    public static long? Number(object? value) => value switch
    {
        null => null,
        byte b => b,
        sbyte b => b,
        short s => s,
        ushort s => s,
        int i => i,
        uint i => i,
        long l => l,
        ulong l when l <= long.MaxValue => (long)l,
        decimal d => (long)d,
        byte[] or string => long.TryParse(Display(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
        _ => null,
    };

    public static DateTimeOffset? Time(IReadOnlyDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? Time(value) : null;

    public static DateTimeOffset? Time(object? value) => value switch
    {
        AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind)),
        byte[] or string => DateTimeOffset.TryParse(Display(value), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) ? parsed : null,
        _ => null,
    };

    /// <summary>The value as an operator should read it.</summary>
    public static string Display(object? value) => value switch
    {
        null => "",
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("u", CultureInfo.InvariantCulture),
        IDictionary table => "{" + string.Join(", ", table.Keys.Cast<object>().Select(k => $"{k}: {Display(table[k])}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Display)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
