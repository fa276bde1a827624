using Microsoft.EntityFrameworkCore;
using Shop.Cart.Shopping;

namespace Shop.Cart.Data;

/// <summary>The two ways the Cart worker reads a cart: locked for a change, or as committed for a view.</summary>
public static class CartQueries
{
    /// <summary>
    /// Takes the row lock of the user's cart (creating the cart first if need be) and loads its lines. Call inside the
    /// transaction that changes the cart: every other change to this cart waits until it commits, then sees its result.
    /// </summary>
    public static async Task<CustomerCart> LockCartAsync(this CartDbContext db, long userId, DateTimeOffset now, CancellationToken ct)
    {
        // The table names are this worker's own schema, written out because FromSql takes only values as parameters.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO cart.carts (user_id, updated_at) VALUES ({userId}, {now}) ON CONFLICT DO NOTHING", ct);
        var carts = await db.Carts.FromSql($"SELECT * FROM cart.carts WHERE user_id = {userId} FOR UPDATE").ToListAsync(ct);
        var cart = carts.Single();
        await db.Entry(cart).Collection(c => c.Lines).LoadAsync(ct);
        return cart;
    }

    /// <summary>The user's cart as committed, with the cart's copy of each line's product; empty when they have none.</summary>
    public static async Task<CartContents> LoadContentsAsync(this CartDbContext db, long userId, CancellationToken ct)
    {
        var lines = await db.Lines.AsNoTracking()
            .Where(l => l.UserId == userId)
            .OrderBy(l => l.AddedAt).ThenBy(l => l.ProductId)
            .ToListAsync(ct);
        if (lines.Count == 0) return CartContents.Empty;
        var ids = lines.Select(l => l.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.ProductId)).ToDictionaryAsync(p => p.ProductId, ct);
        return new CartContents(lines.Select(l => new CartItem(l.ProductId, l.Quantity, products.GetValueOrDefault(l.ProductId))).ToList());
    }
}
