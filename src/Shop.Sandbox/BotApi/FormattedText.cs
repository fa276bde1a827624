using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Sandbox.BotApi;

/// <summary>Text as Telegram stores it: plain characters plus entities (offsets in UTF-16 code units).</summary>
internal sealed record FormattedText(string Text, JsonElement? Entities)
{
    /// <summary>Applies parse_mode (HTML, MarkdownV2, Markdown) or takes explicit entities, failing like Telegram on bad markup.</summary>
    public static FormattedText Parse(string text, string? parseMode, JsonElement? explicitEntities)
    {
        if (string.IsNullOrEmpty(parseMode))
        {
            if (explicitEntities is { } given && given.ValueKind != JsonValueKind.Array)
            {
                throw BotApiException.BadRequest("can't parse entities JSON object");
            }
            return new FormattedText(text, explicitEntities is { ValueKind: JsonValueKind.Array } e && e.GetArrayLength() > 0 ? e : null);
        }
        var parsed = parseMode.ToLowerInvariant() switch
        {
            "html" => HtmlMarkup.Parse(text),
            "markdownv2" => MarkdownMarkup.Parse(text, legacy: false),
            "markdown" => MarkdownMarkup.Parse(text, legacy: true),
            _ => throw BotApiException.BadRequest($"unsupported parse_mode \"{parseMode}\""),
        };
        return new FormattedText(parsed.Text, ToJson(parsed.Entities));
    }

    private static JsonElement? ToJson(List<TextEntity> entities)
    {
        if (entities.Count == 0)
        {
            return null;
        }
        var array = new JsonArray();
        foreach (var entity in entities.OrderBy(e => e.Offset).ThenByDescending(e => e.Length))
        {
            var json = new JsonObject { ["type"] = entity.Type, ["offset"] = entity.Offset, ["length"] = entity.Length };
            json.SetIfNotNull("url", entity.Url);
            json.SetIfNotNull("language", entity.Language);
            json.SetIfNotNull("custom_emoji_id", entity.CustomEmojiId);
            array.Add(json);
        }
        return array.ToElement();
    }
}
