using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>deleteWebhook: switch back to getUpdates.</summary>
public sealed record DeleteWebhookRequest(bool? DropPendingUpdates = null) : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "deleteWebhook";
}
