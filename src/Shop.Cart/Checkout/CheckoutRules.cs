using Shop.Cart.Data;
using Shop.Cart.Shopping;
using Shop.Contracts.Ordering;

namespace Shop.Cart.Checkout;

/// <summary>The cart's side of an order, without a database so it can be tested directly: what goes into it and what it takes out.</summary>
public static class CheckoutRules
{
    /// <summary>
    /// The lines the customer can order now, by the same rule the cart view totals: the buyable quantity of each available
    /// line, priced as the cart's copy of the catalog says; out-of-stock and hidden lines are left out.
    /// </summary>
    public static CheckoutDraft Draft(CartContents cart)
    {
        var buyable = cart.Items.Where(item => item.BuyableQuantity > 0).ToList();
        if (buyable.Count == 0) return new CheckoutDraft(CheckoutOutcome.NothingToBuy, "", []);
        var currencies = buyable.Select(item => item.Product!.Currency).Distinct().ToList();
        // An order has one total and one invoice, so it is in one currency; a shop normally sells in one anyway.
        if (currencies.Count > 1) return new CheckoutDraft(CheckoutOutcome.SeveralCurrencies, "", []);
        var lines = buyable.Select(item => new OrderLine(item.ProductId, item.Product!.Title, item.Product.PriceMinor, item.BuyableQuantity)).ToList();
        return new CheckoutDraft(CheckoutOutcome.Ready, currencies[0], lines);
    }

    /// <summary>
    /// Takes a placed order's quantities out of <paramref name="cart"/> (its lines loaded) and returns how many units it took.
    /// The customer may have changed the cart since checking out: a line loses at most what was ordered of it, never goes
    /// below nothing (it is removed at nothing), and what they added meanwhile stays.
    /// </summary>
    public static int Subtract(CustomerCart cart, IReadOnlyList<OrderLine> ordered, DateTimeOffset now)
    {
        var taken = 0;
        foreach (var product in ordered.GroupBy(line => line.ProductId))
        {
            var line = cart.Lines.SingleOrDefault(l => l.ProductId == product.Key);
            if (line is null) continue;
            var take = Math.Min(line.Quantity, product.Sum(l => Math.Max(l.Quantity, 0)));
            if (take == 0) continue;
            line.Quantity -= take;
            taken += take;
            if (line.Quantity == 0) cart.Lines.Remove(line);
        }
        if (taken > 0) cart.UpdatedAt = now;
        return taken;
    }
}
