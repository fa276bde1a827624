namespace Shop.Cart.Data;

/// <summary>
/// The cart's copy of one catalog product, kept from <c>ProductChanged</c> events so the cart never reads the catalog's
/// tables and keeps working while the Catalog worker is down.
/// </summary>
public sealed class Product
{
    public Guid ProductId { get; set; }

    public required string Title { get; set; }

    public long PriceMinor { get; set; }

    public required string Currency { get; set; }

    public string? PhotoFileId { get; set; }

    public int Stock { get; set; }

    public bool Active { get; set; }

    /// <summary>The catalog's version of the state held here; an event with a version not above it is ignored.</summary>
    public long Version { get; set; }
}
