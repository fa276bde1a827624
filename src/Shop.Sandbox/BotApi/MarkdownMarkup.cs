using System.Text;

namespace Shop.Sandbox.BotApi;

/// <summary>
/// Telegram's MarkdownV2 (and legacy Markdown) parse modes. MarkdownV2's strictness matters most:
/// an unescaped reserved character such as '.' or '!' fails the whole message in production.
/// </summary>
internal static class MarkdownMarkup
{
    private const string Reserved = "_*[]()~`>#+-=|{}.!";

    private sealed record Open(string Marker, int Start, int SourceIndex, string? Language = null);

    public static (string Text, List<TextEntity> Entities) Parse(string source, bool legacy)
    {
        var text = new StringBuilder(source.Length);
        var entities = new List<TextEntity>();
        var open = new List<Open>();
        int? quoteStart = null;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var inCode = open.Count > 0 && open[^1].Marker is "`" or "```";
            if (!legacy && !inCode && c == '>' && (i == 0 || source[i - 1] == '\n'))
            {
                quoteStart ??= text.Length;
                i++;
                continue;
            }
            if (c == '\n' && quoteStart is { } qs && (i + 1 >= source.Length || source[i + 1] != '>'))
            {
                entities.Add(new TextEntity("blockquote", qs, text.Length - qs));
                quoteStart = null;
            }
            if (c == '\\' && i + 1 < source.Length && source[i + 1] is > '\0' and <= '~'
                && (!legacy || "_*`[".Contains(source[i + 1])))
            {
                text.Append(source[i + 1]);
                i += 2;
                continue;
            }
            if (inCode && c != '`')
            {
                text.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '`' when source.AsSpan(i).StartsWith("```"):
                    if (open.Count > 0 && open[^1].Marker == "```")
                    {
                        Close(open, entities, text, "```", source, i);
                        i += 3;
                    }
                    else
                    {
                        i += 3;
                        var newline = source.IndexOf('\n', i);
                        string? language = null;
                        if (newline >= 0 && source.AsSpan(i, newline - i).IndexOfAny(' ', '\t') < 0)
                        {
                            language = newline > i ? source[i..newline] : null;
                            i = newline + 1;
                        }
                        open.Add(new Open("```", text.Length, i, language));
                    }
                    continue;
                case '`':
                    Toggle(open, entities, text, "`", source, i);
                    i++;
                    continue;
                case '*':
                    Toggle(open, entities, text, "*", source, i);
                    i++;
                    continue;
                case '_' when !legacy && i + 1 < source.Length && source[i + 1] == '_':
                    Toggle(open, entities, text, "__", source, i);
                    i += 2;
                    continue;
                case '_':
                    Toggle(open, entities, text, "_", source, i);
                    i++;
                    continue;
                case '~' when !legacy:
                    Toggle(open, entities, text, "~", source, i);
                    i++;
                    continue;
                case '|' when !legacy && i + 1 < source.Length && source[i + 1] == '|':
                    Toggle(open, entities, text, "||", source, i);
                    i += 2;
                    continue;
                case '[':
                    open.Add(new Open("[", text.Length, i));
                    i++;
                    continue;
                case ']' when open.Count > 0 && open[^1].Marker == "[":
                    i = CloseLink(open, entities, text, source, i);
                    continue;
            }
            if (!legacy && Reserved.Contains(c))
            {
                throw Error($"Character '{c}' is reserved and must be escaped with the preceding '\\'");
            }
            text.Append(c);
            i++;
        }
        if (quoteStart is { } start)
        {
            entities.Add(new TextEntity("blockquote", start, text.Length - start));
        }
        if (open.Count > 0)
        {
            var unclosed = open[^1];
            throw Error($"Can't find end of {Name(unclosed.Marker)} entity at byte offset {ByteOffset(source, unclosed.SourceIndex)}");
        }
        return (text.ToString(), entities);
    }

    private static void Toggle(List<Open> open, List<TextEntity> entities, StringBuilder text, string marker, string source, int index)
    {
        if (open.Count > 0 && open[^1].Marker == marker)
        {
            Close(open, entities, text, marker, source, index);
            return;
        }
        if (open.Exists(o => o.Marker == marker))
        {
            throw Error($"Can't find end of {Name(marker)} entity at byte offset {ByteOffset(source, open.Find(o => o.Marker == marker)!.SourceIndex)}");
        }
        open.Add(new Open(marker, text.Length, index));
    }

    private static void Close(List<Open> open, List<TextEntity> entities, StringBuilder text, string marker, string source, int index)
    {
        var entry = open[^1];
        open.RemoveAt(open.Count - 1);
        var length = text.Length - entry.Start;
        if (length == 0)
        {
            return;
        }
        var type = marker switch
        {
            "*" => "bold",
            "_" => "italic",
            "__" => "underline",
            "~" => "strikethrough",
            "||" => "spoiler",
            "`" => "code",
            "```" => "pre",
            _ => throw Error($"Unexpected end of entity at byte offset {ByteOffset(source, index)}"),
        };
        entities.Add(new TextEntity(type, entry.Start, length, Language: entry.Language));
    }

    private static int CloseLink(List<Open> open, List<TextEntity> entities, StringBuilder text, string source, int index)
    {
        var entry = open[^1];
        open.RemoveAt(open.Count - 1);
        if (index + 1 >= source.Length || source[index + 1] != '(')
        {
            throw Error($"Character ']' is reserved and must be escaped with the preceding '\\'");
        }
        var url = new StringBuilder();
        var i = index + 2;
        while (i < source.Length && source[i] != ')')
        {
            if (source[i] == '\\' && i + 1 < source.Length)
            {
                i++;
            }
            url.Append(source[i++]);
        }
        if (i >= source.Length)
        {
            throw Error($"Can't find end of a URL at byte offset {ByteOffset(source, index + 1)}");
        }
        if (text.Length > entry.Start)
        {
            entities.Add(new TextEntity("text_link", entry.Start, text.Length - entry.Start, Url: url.ToString()));
        }
        return i + 1;
    }

    private static string Name(string marker) => marker switch
    {
        "*" => "Bold",
        "_" => "Italic",
        "__" => "Underline",
        "~" => "Strikethrough",
        "||" => "Spoiler",
        "`" => "Code",
        "```" => "Pre",
        _ => "TextUrl",
    };

    private static int ByteOffset(string text, int index) => Encoding.UTF8.GetByteCount(text.AsSpan(0, index));

    private static BotApiException Error(string detail) => BotApiException.BadRequest("can't parse entities: " + detail);
}
