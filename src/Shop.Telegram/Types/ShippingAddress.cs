namespace Shop.Telegram;

/// <summary>A postal address entered at checkout.</summary>
public sealed class ShippingAddress
{
    public string CountryCode { get; init; } = "";

    public string State { get; init; } = "";

    public string City { get; init; } = "";

    public string StreetLine1 { get; init; } = "";

    public string StreetLine2 { get; init; } = "";

    public string PostCode { get; init; } = "";
}
