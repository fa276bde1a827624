using Shop.Cart.Data;

namespace Shop.Cart.Shopping;

/// <summary>The cart's rules, applied to a loaded cart without a database so they can be tested directly.</summary>
public static class CartRules
{
    /// <summary>Different products one cart may hold: keeps the cart view within Telegram's message and keyboard limits.</summary>
    public const int MaxLines = 20;

    /// <summary>The quantity after adding <paramref name="requested"/> to <paramref name="inCart"/>: never beyond the stock.</summary>
    public static (CartOutcome Outcome, int Quantity) Add(int inCart, int requested, Product? product)
    {
        if (product is null or { Active: false }) return (CartOutcome.Unavailable, inCart);
        if (product.Stock <= 0) return (CartOutcome.OutOfStock, inCart);
        if (inCart >= product.Stock) return (CartOutcome.AllInStock, inCart);
        var wanted = inCart + requested;
        return wanted <= product.Stock ? (CartOutcome.Added, wanted) : (CartOutcome.AddedUpToStock, product.Stock);
    }

    /// <summary>Applies one press to <paramref name="cart"/> (its lines loaded); <paramref name="product"/> is the pressed line's product.</summary>
    public static CartChange Apply(CustomerCart cart, CartPress press, Product? product, DateTimeOffset now)
    {
        var line = cart.Lines.SingleOrDefault(l => l.ProductId == press.ProductId);
        var title = product?.Title ?? string.Empty;
        switch (press.Kind)
        {
            case CartPressKind.Add:
            case CartPressKind.Increase:
                if (press.Kind == CartPressKind.Increase && line is null) return new CartChange(CartOutcome.NotInCart, title);
                var inCart = line?.Quantity ?? 0;
                var (outcome, quantity) = Add(inCart, press.Kind == CartPressKind.Add ? press.Quantity : 1, product);
                if (quantity == inCart) return new CartChange(outcome, title, 0, inCart);
                if (line is null)
                {
                    if (cart.Lines.Count >= MaxLines) return new CartChange(CartOutcome.CartFull, title);
                    cart.Lines.Add(new CartLine { UserId = cart.UserId, ProductId = press.ProductId, Quantity = quantity, AddedAt = now });
                }
                else
                {
                    line.Quantity = quantity;
                }
                cart.UpdatedAt = now;
                // The cart view itself shows an increase; a toast is only for adding from elsewhere or hitting the stock.
                var shown = press.Kind == CartPressKind.Increase && outcome == CartOutcome.Added ? CartOutcome.Changed : outcome;
                return new CartChange(shown, title, quantity - inCart, quantity);
            case CartPressKind.Decrease:
                if (line is null) return new CartChange(CartOutcome.NotInCart, title);
                cart.UpdatedAt = now;
                if (line.Quantity > 1)
                {
                    line.Quantity--;
                    return new CartChange(CartOutcome.Changed, title);
                }
                cart.Lines.Remove(line);
                return new CartChange(CartOutcome.Removed, title);
            case CartPressKind.Remove:
                if (line is null) return new CartChange(CartOutcome.NotInCart, title);
                cart.Lines.Remove(line);
                cart.UpdatedAt = now;
                return new CartChange(CartOutcome.Removed, title);
            case CartPressKind.ConfirmClear:
                cart.Lines.Clear();
                cart.UpdatedAt = now;
                return new CartChange(CartOutcome.Cleared);
            default:
                throw new ArgumentOutOfRangeException(nameof(press), press.Kind, "This press does not change the cart.");
        }
    }
}
