using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>editMessageCaption: replace the caption (and keyboard) of a media message the bot sent.</summary>
public sealed record EditMessageCaptionRequest(
    long ChatId,
    int MessageId,
    string? Caption = null,
    string? ParseMode = null,
    InlineKeyboardMarkup? ReplyMarkup = null) : IBotRequest<Message>
{
    [JsonIgnore]
    public string MethodName => "editMessageCaption";
}
