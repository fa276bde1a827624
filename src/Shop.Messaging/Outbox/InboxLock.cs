using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Outbox;

/// <summary>Row locks on <c>inbox_state</c>: how copies of one message, and the sweepers of several workers, take turns.</summary>
static class InboxLock
{
    /// <summary>
    /// Locks the row of <paramref name="messageId"/> for <paramref name="consumerId"/> until the transaction ends, creating
    /// it first. A copy whose first run has not committed yet waits here for it, then finds it consumed.
    /// </summary>
    public static async Task<InboxState> AcquireAsync(DbContext db, Guid messageId, Guid consumerId, CancellationToken ct)
    {
        var table = TableName(db);
        // The table name comes from the model, never from input; the values are parameters.
        var insert = "INSERT INTO " + table +
            " (message_id, consumer_id, received, receive_count, version) VALUES ({0}, {1}, now(), 0, 0) ON CONFLICT DO NOTHING";
        await db.Database.ExecuteSqlRawAsync(insert, [messageId, consumerId], ct);
        var select = "SELECT * FROM " + table + " WHERE message_id = {0} AND consumer_id = {1} FOR UPDATE";
        var rows = await db.Set<InboxState>().FromSqlRaw(select, messageId, consumerId).ToListAsync(ct);
        return rows.Single();
    }

    /// <summary>Locks the row if it still waits for delivery and nobody else holds it; null otherwise.</summary>
    public static async Task<InboxState?> TryAcquireUndeliveredAsync(DbContext db, Guid messageId, Guid consumerId, CancellationToken ct)
    {
        var select = "SELECT * FROM " + TableName(db) +
            " WHERE message_id = {0} AND consumer_id = {1} AND consumed IS NOT NULL AND delivered IS NULL FOR UPDATE SKIP LOCKED";
        var rows = await db.Set<InboxState>().FromSqlRaw(select, messageId, consumerId).ToListAsync(ct);
        return rows.SingleOrDefault();
    }

    static string TableName(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(InboxState))
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no inbox: call modelBuilder.AddTransactionalOutbox() in OnModelCreating.");
        return "\"" + (entity.GetSchema() ?? "public") + "\".\"" + entity.GetTableName() + "\"";
    }
}
