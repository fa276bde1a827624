using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>setWebhook: have Telegram POST updates to <paramref name="Url"/>, echoing <paramref name="SecretToken"/> in a header.</summary>
public sealed record SetWebhookRequest(
    string Url,
    string? SecretToken = null,
    int? MaxConnections = null,
    IReadOnlyList<string>? AllowedUpdates = null,
    bool? DropPendingUpdates = null) : IBotRequest<bool>
{
    [JsonIgnore]
    public string MethodName => "setWebhook";
}
