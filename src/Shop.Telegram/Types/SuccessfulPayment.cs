namespace Shop.Telegram;

/// <summary>Service message content confirming a completed payment.</summary>
public sealed class SuccessfulPayment
{
    public string Currency { get; init; } = "";

    /// <summary>In the currency's smallest unit.</summary>
    public long TotalAmount { get; init; }

    public string InvoicePayload { get; init; } = "";

    public string? ShippingOptionId { get; init; }

    public OrderInfo? OrderInfo { get; init; }

    public string TelegramPaymentChargeId { get; init; } = "";

    public string ProviderPaymentChargeId { get; init; } = "";
}
