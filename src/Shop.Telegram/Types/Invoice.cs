namespace Shop.Telegram;

/// <summary>The invoice a message carries.</summary>
public sealed class Invoice
{
    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public string StartParameter { get; init; } = "";

    public string Currency { get; init; } = "";

    /// <summary>In the currency's smallest unit.</summary>
    public long TotalAmount { get; init; }
}
