using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging;

/// <summary>A worker's unit of work for one consumed message: inbox row and change commit together, or not at all.</summary>
public static class ApplyOnce
{
    /// <summary>
    /// Runs <paramref name="apply"/> the first time <paramref name="consumer"/> sees this message and commits its changes
    /// with the inbox row; a redelivered copy runs <paramref name="current"/> instead, which changes nothing and says
    /// again what the first run said, from the state as it is now. A null from <paramref name="apply"/> means the message
    /// was not for this consumer: nothing is recorded, so a copy of it is not mistaken for one that was.
    /// </summary>
    public static async Task<T?> ApplyOnceAsync<T>(this DbContext db, ConsumeContext context, string consumer,
        Func<CancellationToken, Task<T?>> apply, Func<CancellationToken, Task<T?>> current) where T : class
    {
        var ct = context.CancellationToken;
        var messageId = context.MessageId ?? throw new InvalidOperationException("The consumed message has no MessageId.");
        // A retry of this message must not see entities tracked by the attempt that failed.
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.TryMarkProcessedAsync(messageId, consumer, ct))
        {
            var again = await current(ct);
            await transaction.RollbackAsync(ct);
            return again;
        }
        var result = await apply(ct);
        if (result is null)
        {
            await transaction.RollbackAsync(ct);
            return null;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
