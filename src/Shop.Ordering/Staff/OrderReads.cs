using Microsoft.EntityFrameworkCore;
using Shop.Ordering.Data;
using Shop.Ordering.Orders;

namespace Shop.Ordering.Staff;

/// <summary>The order queries behind the screens; they read, the saga alone writes orders.</summary>
public static class OrderReads
{
    public static Task<OrderState?> FindAsync(this OrderingDbContext db, Guid orderId, CancellationToken ct) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.CorrelationId == orderId, ct);

    public static Task<OrderState?> FindByNumberAsync(this OrderingDbContext db, int number, CancellationToken ct) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number && o.CurrentState != OrderStatus.Reserving, ct);

    /// <summary>A page of open orders, the longest waiting first, and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<OrderState> Page, int Total)> OpenOrdersAsync(this OrderingDbContext db, int page, CancellationToken ct)
    {
        var open = db.Orders.AsNoTracking().Where(o => OrderStatus.Open.Contains(o.CurrentState));
        var total = await open.CountAsync(ct);
        var orders = await open.OrderBy(o => o.SubmittedAt).Skip(page * OrderViews.PageSize).Take(OrderViews.PageSize).ToListAsync(ct);
        return (orders, total);
    }

    /// <summary>A customer's own orders, newest first.</summary>
    public static async Task<IReadOnlyList<OrderState>> CustomerOrdersAsync(this OrderingDbContext db, long customerId, CancellationToken ct) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.CustomerId == customerId && OrderStatus.Visible.Contains(o.CurrentState))
            .OrderByDescending(o => o.SubmittedAt)
            .Take(OrderViews.PageSize)
            .ToListAsync(ct);
}
