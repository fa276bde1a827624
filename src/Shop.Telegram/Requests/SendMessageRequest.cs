using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>sendMessage: a text message of 1-4096 characters.</summary>
public sealed record SendMessageRequest(
    long ChatId,
    string Text,
    string? ParseMode = null,
    ReplyMarkup? ReplyMarkup = null,
    LinkPreviewOptions? LinkPreviewOptions = null,
    bool? DisableNotification = null,
    bool? ProtectContent = null) : IBotRequest<Message>
{
    [JsonIgnore]
    public string MethodName => "sendMessage";
}
