using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Shop.Ctl;

/// <summary>How shopctl writes times and message bodies for people.</summary>
public static class Formats
{
    public static string Time(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>JSON indented; other text as it is; anything else as its size only.</summary>
    public static string Body(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Indented = true,
                // Shown to a person, not embedded in HTML: keep quotes and non-ASCII readable.
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }))
            {
                document.WriteTo(writer);
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            try
            {
                return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body.Span);
            }
            catch (DecoderFallbackException)
            {
                return $"({body.Length} bytes, not text)";
            }
        }
    }
}
