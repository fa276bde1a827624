using System.Text.Json;

namespace Shop.Sandbox.BotApi;

/// <summary>The bot's command menus per scope and language, as set by setMyCommands.</summary>
internal sealed class BotCommandList
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonElement> _menus = new(StringComparer.Ordinal);

    public void Set(string key, JsonElement commands)
    {
        lock (_gate)
        {
            _menus[key] = commands;
        }
    }

    public JsonElement? Get(string key)
    {
        lock (_gate)
        {
            return _menus.TryGetValue(key, out var commands) ? commands : null;
        }
    }

    public static string Key(JsonElement? scope, string? languageCode)
    {
        var scopeType = scope is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("type", out var type) ? type.GetString() : null;
        var scopeText = scopeType is null or "default" ? "default" : scope!.Value.GetRawText();
        return scopeText + "|" + (languageCode ?? "");
    }
}
