namespace Shop.Cart.Data;

/// <summary>A product in a cart and how many of it; the product's details come from the cart's copy of the catalog.</summary>
public sealed class CartLine
{
    public long UserId { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }

    /// <summary>Lines are shown in the order they were first added.</summary>
    public DateTimeOffset AddedAt { get; set; }
}
