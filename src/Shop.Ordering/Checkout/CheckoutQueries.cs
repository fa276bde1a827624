using Microsoft.EntityFrameworkCore;
using Shop.Ordering.Data;

namespace Shop.Ordering.Checkout;

/// <summary>How the checkout consumers read a draft: under its row lock, in the consumer's transaction.</summary>
public static class CheckoutQueries
{
    /// <summary>
    /// The customer's draft, locked until the consumer's transaction commits: a double press, a text and a press, or two
    /// workers never act on the same draft at once; the second sees what the first did. Null when they have none.
    /// </summary>
    public static async Task<CheckoutDraft?> LockDraftAsync(this OrderingDbContext db, long userId, CancellationToken ct)
    {
        // The table name is this worker's own schema, written out because FromSql takes only values as parameters.
        var drafts = await db.Checkouts.FromSql($"SELECT * FROM ordering.checkouts WHERE user_id = {userId} FOR UPDATE").ToListAsync(ct);
        return drafts.SingleOrDefault();
    }
}
