using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>editMessageText: replace the text (and keyboard) of a message the bot sent.</summary>
public sealed record EditMessageTextRequest(
    long ChatId,
    int MessageId,
    string Text,
    string? ParseMode = null,
    InlineKeyboardMarkup? ReplyMarkup = null,
    LinkPreviewOptions? LinkPreviewOptions = null) : IBotRequest<Message>
{
    [JsonIgnore]
    public string MethodName => "editMessageText";
}
