using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Contracts.Ordering;
using Shop.Messaging;

namespace Shop.Catalog.Stock;

/// <summary>
/// Takes orders' quantities out of stock, all lines or none, and puts them back once. Callers run each method inside the
/// worker's transactional outbox, so a copy of a command already handled never gets here; a second command for the same
/// order does, and is answered from the order's reservation row.
/// </summary>
public sealed class StockLedger(CatalogDbContext db, TimeProvider clock, ILogger<StockLedger> logger)
{
    public async Task<StockOutcome?> ReserveAsync(ReserveStock command, CancellationToken ct)
    {
        var lines = StockCheck.Merge(command.Lines);
        var products = await LockAsync(lines.Select(l => l.ProductId), ct);
        // Read after the locks: another command for this order holding them has committed by now. One naming other products
        // does not wait here, but then one of the two fails on the primary key and is retried.
        if (await FindAsync(command.OrderId, ct) is { } existing)
            return Answer(existing, products: []);

        var shortfalls = StockCheck.Shortfalls(lines, products);
        if (shortfalls.Count > 0)
        {
            // Nothing changes but the inbox row, so a redelivered copy is refused again rather than reserving after all; a new
            // command for the order is evaluated afresh.
            logger.LogInformation("Stock for order {OrderId} is short on {ShortLines} of {Lines} lines", command.OrderId, shortfalls.Count, lines.Count);
            return new StockOutcome(new StockShortage(command.OrderId, shortfalls, Now()), []);
        }

        var now = Now();
        foreach (var line in lines)
        {
            var product = products[line.ProductId];
            product.Stock -= line.Quantity;
            Bump(product, now);
        }
        db.StockReservations.Add(new StockReservation
        {
            OrderId = command.OrderId,
            ReservedAt = now,
            Lines = lines.Select(l => new StockReservationLine { OrderId = command.OrderId, ProductId = l.ProductId, Quantity = l.Quantity }).ToList(),
        });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Reserved stock for order {OrderId}: {Lines} lines", command.OrderId, lines.Count);
        return new StockOutcome(new StockReserved(command.OrderId, now), lines.Select(l => products[l.ProductId]).ToList());
    }

    public async Task<StockOutcome?> ReleaseAsync(ReleaseStock command, CancellationToken ct)
    {
        var reservation = await db.StockReservations
            .FromSql($"SELECT * FROM catalog.stock_reservations WHERE order_id = {command.OrderId} FOR UPDATE")
            .SingleOrDefaultAsync(ct);
        if (reservation is null)
        {
            // Reserve and release travel on different queues, so a release can overtake its reservation. Closing the order
            // here (no stock is touched) keeps the late reservation from taking stock that nobody would ever give back.
            db.StockReservations.Add(new StockReservation { OrderId = command.OrderId, ReleasedAt = Now() });
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Order {OrderId} was released before any reservation; a later one will be ignored", command.OrderId);
            return StockOutcome.Nothing;
        }
        if (reservation.ReleasedAt is not null) return StockOutcome.Nothing;

        await db.Entry(reservation).Collection(r => r.Lines).LoadAsync(ct);
        var products = await LockAsync(reservation.Lines.Select(l => l.ProductId), ct);
        var now = Now();
        var changed = new List<Product>();
        foreach (var line in reservation.Lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product))
            {
                logger.LogWarning("Product {ProductId} of order {OrderId} is gone; its {Quantity} are not put back",
                    line.ProductId, command.OrderId, line.Quantity);
                continue;
            }
            product.Stock += line.Quantity;
            Bump(product, now);
            changed.Add(product);
        }
        reservation.ReleasedAt = now;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Released stock of order {OrderId}: {Lines} lines", command.OrderId, changed.Count);
        return new StockOutcome(null, changed);
    }

    /// <summary>
    /// What an order that already has a row is told: reserved (again), or nothing once it is released, since the saga reserves
    /// only once per order and has moved on by then.
    /// </summary>
    StockOutcome Answer(StockReservation existing, IReadOnlyList<Product> products)
    {
        if (existing is { ReleasedAt: null, ReservedAt: { } reservedAt }) return new StockOutcome(new StockReserved(existing.OrderId, reservedAt), products);
        logger.LogWarning("Order {OrderId} is already released; its reservation is ignored", existing.OrderId);
        return StockOutcome.Nothing;
    }

    /// <summary>
    /// Locks the products' rows until the transaction ends, always in id order, so two orders sharing products queue up
    /// instead of deadlocking. Products that do not exist are simply missing.
    /// </summary>
    async Task<Dictionary<Guid, Product>> LockAsync(IEnumerable<Guid> productIds, CancellationToken ct)
    {
        var ids = productIds.ToArray();
        if (ids.Length == 0) return [];
        var rows = await db.Products
            .FromSql($"SELECT * FROM catalog.products WHERE id = ANY({ids}) ORDER BY id FOR UPDATE")
            .ToListAsync(ct);
        return rows.ToDictionary(p => p.Id);
    }

    Task<StockReservation?> FindAsync(Guid orderId, CancellationToken ct) =>
        db.StockReservations.AsNoTracking().Include(r => r.Lines).SingleOrDefaultAsync(r => r.OrderId == orderId, ct);

    /// <summary>Now, at PostgreSQL's microsecond precision, so an event published again from the database is the same event.</summary>
    DateTimeOffset Now() => PostgresTime.Truncate(clock.GetUtcNow());

    static void Bump(Product product, DateTimeOffset now)
    {
        product.Version++;
        product.UpdatedAt = now;
    }
}
