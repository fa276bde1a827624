namespace Shop.Telegram;

/// <summary>Telegram asking the bot to confirm a checkout; it must be answered within 10 seconds.</summary>
public sealed class PreCheckoutQuery
{
    public string Id { get; init; } = "";

    public User From { get; init; } = new();

    public string Currency { get; init; } = "";

    /// <summary>In the currency's smallest unit.</summary>
    public long TotalAmount { get; init; }

    public string InvoicePayload { get; init; } = "";

    public string? ShippingOptionId { get; init; }

    public OrderInfo? OrderInfo { get; init; }
}
