using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging;

/// <summary>
/// The inbox of a worker's schema: a consumer that changes data records the message it applied in the same transaction,
/// so a redelivered copy (RabbitMQ and Telegram both deliver at least once) changes nothing the second time.
/// </summary>
public static class Inbox
{
    /// <summary>Adds the <c>inbox</c> table to a worker's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox");
            inbox.HasKey(m => new { m.MessageId, m.Consumer }).HasName("pk_inbox");
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_processed_at");
        });
        return modelBuilder;
    }

    /// <summary>
    /// Records that <paramref name="consumer"/> applies <paramref name="messageId"/>; false when it already did.
    /// Call inside the transaction that makes the change. A copy being applied at this moment by another worker
    /// waits on the row until that transaction ends, then gets false.
    /// </summary>
    public static async Task<bool> TryMarkProcessedAsync(this DbContext db, Guid messageId, string consumer, CancellationToken ct)
    {
        var schema = db.Model.GetDefaultSchema() ?? "public";
        // The schema name comes from the model, never from input; the values are parameters.
        var sql = "INSERT INTO \"" + schema + "\".inbox (message_id, consumer, processed_at) VALUES ({0}, {1}, now()) ON CONFLICT DO NOTHING";
        var inserted = await db.Database.ExecuteSqlRawAsync(sql, [messageId, consumer], ct);
        return inserted == 1;
    }
}
