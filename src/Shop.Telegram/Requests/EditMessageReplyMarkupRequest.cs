using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>editMessageReplyMarkup: replace the inline keyboard of a message; a null markup removes it.</summary>
public sealed record EditMessageReplyMarkupRequest(
    long ChatId,
    int MessageId,
    InlineKeyboardMarkup? ReplyMarkup = null) : IBotRequest<Message>
{
    [JsonIgnore]
    public string MethodName => "editMessageReplyMarkup";
}
