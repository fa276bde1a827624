using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Sandbox;

/// <summary>
/// Stored values are immutable JsonElements (safe to share between threads); responses get fresh JsonNodes,
/// because a JsonNode can have only one parent and is not safe to read concurrently.
/// </summary>
internal static class JsonExtensions
{
    public static JsonNode? ToNode(this JsonElement? element) => element is { } e ? JsonNode.Parse(e.GetRawText()) : null;

    public static JsonNode? ToNode(this JsonElement element) => JsonNode.Parse(element.GetRawText());

    public static JsonElement ToElement(this JsonNode node) => JsonSerializer.SerializeToElement(node);

    public static void SetIfNotNull(this JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    public static void SetIfNotNull(this JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
