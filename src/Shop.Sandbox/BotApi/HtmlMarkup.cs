using System.Globalization;
using System.Text;

namespace Shop.Sandbox.BotApi;

/// <summary>Telegram's HTML parse mode: its small tag set, its four named character references, its errors.</summary>
internal static class HtmlMarkup
{
    private sealed class OpenTag(string name, int start, string? type)
    {
        public string Name { get; } = name;
        public int Start { get; } = start;
        public string? Type { get; } = type;
        public string? Url { get; init; }
        public string? Language { get; set; }
        public string? CustomEmojiId { get; init; }
    }

    public static (string Text, List<TextEntity> Entities) Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var entities = new List<TextEntity>();
        var open = new Stack<OpenTag>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                i = AppendCharacterReference(html, i, text);
                continue;
            }
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }
            var end = html.IndexOf('>', i);
            if (end < 0)
            {
                throw Error($"Can't find end of the tag at byte offset {ByteOffset(html, i)}");
            }
            var inner = html[(i + 1)..end];
            if (inner.StartsWith('/'))
            {
                var name = inner[1..].Trim().ToLowerInvariant();
                if (!open.TryPop(out var tag))
                {
                    throw Error($"Unexpected end tag at byte offset {ByteOffset(html, i)}");
                }
                if (tag.Name != name)
                {
                    throw Error($"Unmatched end tag at byte offset {ByteOffset(html, i)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
                }
                if (tag.Type is not null && text.Length > tag.Start)
                {
                    entities.Add(new TextEntity(tag.Type, tag.Start, text.Length - tag.Start, tag.Url, tag.Language, tag.CustomEmojiId));
                }
            }
            else
            {
                open.Push(StartTag(html, i, inner, text.Length, open));
            }
            i = end + 1;
        }
        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }
        return (text.ToString(), entities);
    }

    private static OpenTag StartTag(string html, int position, string inner, int start, Stack<OpenTag> open)
    {
        var split = inner.IndexOfAny([' ', '\t', '\n', '\r']);
        var name = (split < 0 ? inner : inner[..split]).TrimEnd('/').ToLowerInvariant();
        var attributes = ParseAttributes(split < 0 ? "" : inner[split..]);
        switch (name)
        {
            case "b" or "strong":
                return new OpenTag(name, start, "bold");
            case "i" or "em":
                return new OpenTag(name, start, "italic");
            case "u" or "ins":
                return new OpenTag(name, start, "underline");
            case "s" or "strike" or "del":
                return new OpenTag(name, start, "strikethrough");
            case "tg-spoiler":
                return new OpenTag(name, start, "spoiler");
            case "span":
                return attributes.GetValueOrDefault("class") == "tg-spoiler"
                    ? new OpenTag(name, start, "spoiler")
                    : throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, position)}");
            case "a":
                return attributes.TryGetValue("href", out var href) && href.Length > 0
                    ? new OpenTag(name, start, "text_link") { Url = href }
                    : new OpenTag(name, start, null);
            case "code":
                if (open.TryPeek(out var parent) && parent.Name == "pre")
                {
                    // <pre><code class="language-x"> is one pre entity with a language.
                    if (attributes.GetValueOrDefault("class") is { } cls && cls.StartsWith("language-", StringComparison.Ordinal))
                    {
                        parent.Language = cls["language-".Length..];
                    }
                    return new OpenTag(name, start, null);
                }
                return new OpenTag(name, start, "code");
            case "pre":
                return new OpenTag(name, start, "pre");
            case "blockquote":
                return new OpenTag(name, start, attributes.ContainsKey("expandable") ? "expandable_blockquote" : "blockquote");
            case "tg-emoji":
                return attributes.TryGetValue("emoji-id", out var emojiId)
                    ? new OpenTag(name, start, "custom_emoji") { CustomEmojiId = emojiId }
                    : throw Error($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {ByteOffset(html, position)}");
            default:
                throw Error($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, position)}");
        }
    }

    private static Dictionary<string, string> ParseAttributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '/'))
            {
                i++;
            }
            var nameStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '=')
            {
                i++;
            }
            var name = text[nameStart..i];
            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i++;
                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    var close = text.IndexOf(quote, i + 1);
                    close = close < 0 ? text.Length : close;
                    value = text[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }
                    value = text[valueStart..i];
                }
            }
            if (name.Length > 0)
            {
                attributes[name] = Decode(value);
            }
        }
        return attributes;
    }

    private static string Decode(string value)
    {
        var text = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '&')
            {
                i = AppendCharacterReference(value, i, text);
            }
            else
            {
                text.Append(value[i++]);
            }
        }
        return text.ToString();
    }

    /// <summary>Decodes &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric references; anything else stays literal, as in Telegram.</summary>
    private static int AppendCharacterReference(string html, int ampersand, StringBuilder text)
    {
        var semicolon = html.IndexOf(';', ampersand);
        if (semicolon > ampersand + 1 && semicolon - ampersand <= 10)
        {
            var name = html[(ampersand + 1)..semicolon];
            string? decoded = name switch
            {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => CodePoint(hex),
                _ when name.StartsWith('#')
                    && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => CodePoint(dec),
                _ => null,
            };
            if (decoded is not null)
            {
                text.Append(decoded);
                return semicolon + 1;
            }
        }
        text.Append('&');
        return ampersand + 1;
    }

    private static string? CodePoint(int value) =>
        value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(value) : null;

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));

    private static BotApiException Error(string detail) => BotApiException.BadRequest("can't parse entities: " + detail);
}
