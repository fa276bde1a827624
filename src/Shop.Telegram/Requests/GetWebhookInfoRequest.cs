using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>getWebhookInfo: the current webhook and its last delivery error.</summary>
public sealed record GetWebhookInfoRequest : IBotRequest<WebhookInfo>
{
    [JsonIgnore]
    public string MethodName => "getWebhookInfo";
}
