using System.Text;
using System.Text.Json;

namespace Shop.Sandbox.BotApi;

/// <summary>Reads and checks reply_markup the way Telegram does, so an invalid keyboard fails here as it would in production.</summary>
internal static class ReplyMarkup
{
    private static readonly string[] InlineActions =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    /// <summary>Returns the markup split into an inline keyboard (part of the message) or another keyboard (part of the chat).</summary>
    public static (JsonElement? Inline, JsonElement? Other) Read(BotParameters parameters, bool inlineOnly)
    {
        if (parameters.Json("reply_markup", "can't parse reply keyboard markup JSON object") is not { } markup)
        {
            return (null, null);
        }
        if (markup.ValueKind != JsonValueKind.Object)
        {
            throw BotApiException.BadRequest("object expected as reply markup");
        }
        if (markup.TryGetProperty("inline_keyboard", out var rows))
        {
            ValidateInlineKeyboard(rows);
            return (markup, null);
        }
        if (inlineOnly)
        {
            throw BotApiException.BadRequest("inline keyboard expected");
        }
        if (markup.TryGetProperty("keyboard", out _) || markup.TryGetProperty("remove_keyboard", out _) || markup.TryGetProperty("force_reply", out _))
        {
            return (null, markup);
        }
        throw BotApiException.BadRequest("can't find field \"inline_keyboard\"");
    }

    private static void ValidateInlineKeyboard(JsonElement rows)
    {
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
            }
            foreach (var button in row.EnumerateArray())
            {
                ValidateButton(button);
            }
        }
    }

    private static void ValidateButton(JsonElement button)
    {
        if (button.ValueKind != JsonValueKind.Object)
        {
            throw BotApiException.BadRequest("InlineKeyboardButton must be an Object");
        }
        if (!button.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            throw BotApiException.BadRequest("can't find field \"text\"");
        }
        if (button.TryGetProperty("callback_data", out var data))
        {
            var bytes = data.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetByteCount(data.GetString()!) : 0;
            if (bytes is < 1 or > 64)
            {
                throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
            }
        }
        if (button.TryGetProperty("url", out var url)
            && (url.ValueKind != JsonValueKind.String || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out _)))
        {
            throw BotApiException.BadRequest("BUTTON_URL_INVALID");
        }
        if (!InlineActions.Any(action => button.TryGetProperty(action, out _)))
        {
            throw BotApiException.BadRequest("text buttons are unallowed in the inline keyboard");
        }
    }
}
