using System.Text.Json;

namespace Shop.Testing;

/// <summary>Reads the callback data of an inline keyboard as the sandbox shows it.</summary>
public static class Buttons
{
    public static IReadOnlyList<string> ReadCallbackData(JsonElement? markup)
    {
        if (markup is not { ValueKind: JsonValueKind.Object } m || !m.TryGetProperty("inline_keyboard", out var rows)) return [];
        return rows.EnumerateArray()
            .SelectMany(row => row.EnumerateArray())
            .Where(button => button.TryGetProperty("callback_data", out _))
            .Select(button => button.GetProperty("callback_data").GetString()!)
            .ToList();
    }
}
