using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>deleteMessage: remove a message (bots can delete their own messages for 48 hours).</summary>
public sealed record DeleteMessageRequest(long ChatId, int MessageId) : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "deleteMessage";
}
