namespace Shop.Telegram;

/// <summary>Buyer details collected by Telegram at checkout.</summary>
public sealed class OrderInfo
{
    public string? Name { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Email { get; init; }

    public ShippingAddress? ShippingAddress { get; init; }
}
