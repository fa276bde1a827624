namespace Shop.Cart.Data;

/// <summary>
/// One customer's cart, keyed by their Telegram user id. Its row is the lock every change to the cart takes first,
/// so presses handled at once (fast taps, two Cart workers) apply one after another.
/// </summary>
public sealed class CustomerCart
{
    public long UserId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CartLine> Lines { get; set; } = [];
}
