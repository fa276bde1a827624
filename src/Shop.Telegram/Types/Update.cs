using System.Text.Json;
using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>One incoming update; exactly one of the payload properties is set, or none when the kind is unknown to this model.</summary>
public sealed class Update
{
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? EditedMessage { get; init; }

    public Message? ChannelPost { get; init; }

    public Message? EditedChannelPost { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }

    public ShippingQuery? ShippingQuery { get; init; }

    public PreCheckoutQuery? PreCheckoutQuery { get; init; }

    public ChatMemberUpdated? MyChatMember { get; init; }

    /// <summary>Update kinds and fields this model does not know, kept so they can be logged or forwarded.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
