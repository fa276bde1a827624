namespace Shop.Telegram;

/// <summary>Telegram asking for shipping options for a flexible invoice.</summary>
public sealed class ShippingQuery
{
    public string Id { get; init; } = "";

    public User From { get; init; } = new();

    public string InvoicePayload { get; init; } = "";

    public ShippingAddress ShippingAddress { get; init; } = new();
}
