using System.Text.Json.Serialization;

namespace Shop.Telegram;

/// <summary>sendInvoice: an invoice message; amounts in the currency's smallest unit, Telegram Stars as "XTR" with no provider token.</summary>
/// <param name="Payload">Bot-defined, 1-128 bytes, not shown to the user; comes back in the pre-checkout query and the payment.</param>
public sealed record SendInvoiceRequest(
    long ChatId,
    string Title,
    string Description,
    string Payload,
    string? ProviderToken,
    string Currency,
    IReadOnlyList<LabeledPrice> Prices,
    string? StartParameter = null,
    string? ProviderData = null,
    string? PhotoUrl = null,
    int? PhotoWidth = null,
    int? PhotoHeight = null,
    bool? NeedName = null,
    bool? NeedPhoneNumber = null,
    bool? NeedEmail = null,
    bool? NeedShippingAddress = null,
    bool? IsFlexible = null,
    InlineKeyboardMarkup? ReplyMarkup = null) : IBotRequest<Message>
{
    [JsonIgnore]
    public string MethodName => "sendInvoice";
}
