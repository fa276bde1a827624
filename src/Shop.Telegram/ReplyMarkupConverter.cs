using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>Writes a <see cref="ReplyMarkup"/> as its runtime type and reads it back by its distinguishing field.</summary>
/// <remarks>Telegram tells the three kinds apart by their fields, so a type discriminator would be an unknown parameter.</remarks>
internal sealed class ReplyMarkupConverter : JsonConverter<ReplyMarkup>
{
    public override ReplyMarkup Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("reply_markup must be a JSON object.");
        }

        ReplyMarkup? markup =
            root.TryGetProperty("inline_keyboard", out _) ? root.Deserialize<InlineKeyboardMarkup>(options)
            : root.TryGetProperty("keyboard", out _) ? root.Deserialize<ReplyKeyboardMarkup>(options)
            : root.TryGetProperty("remove_keyboard", out _) ? root.Deserialize<ReplyKeyboardRemove>(options)
            : null;
        return markup ?? throw new JsonException("reply_markup has none of inline_keyboard, keyboard or remove_keyboard.");
    }

    public override void Write(Utf8JsonWriter writer, ReplyMarkup value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
