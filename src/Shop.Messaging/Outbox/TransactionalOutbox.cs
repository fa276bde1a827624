using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Outbox;

/// <summary>The transactional inbox/outbox tables of a worker's schema.</summary>
public static class TransactionalOutbox
{
    /// <summary>Adds <c>inbox_state</c> and <c>outbox_message</c> to a worker's model (call from OnModelCreating).</summary>
    public static ModelBuilder AddTransactionalOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InboxState>(inbox =>
        {
            inbox.ToTable("inbox_state");
            inbox.HasKey(m => new { m.MessageId, m.ConsumerId }).HasName("pk_inbox_state");
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.ConsumerId).HasColumnName("consumer_id");
            inbox.Property(m => m.Received).HasColumnName("received");
            inbox.Property(m => m.ReceiveCount).HasColumnName("receive_count");
            inbox.Property(m => m.Consumed).HasColumnName("consumed");
            inbox.Property(m => m.Delivered).HasColumnName("delivered");
            inbox.Property(m => m.LastSequenceNumber).HasColumnName("last_sequence_number");
            inbox.Property(m => m.Version).HasColumnName("version").IsConcurrencyToken();
            // The sweeper looks for consumed messages whose outbox is not delivered yet: a handful among many.
            inbox.HasIndex(m => m.Consumed).HasDatabaseName("ix_inbox_state_undelivered").HasFilter("delivered IS NULL");
            inbox.HasIndex(m => m.Delivered).HasDatabaseName("ix_inbox_state_delivered");
        });
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_message");
            outbox.HasKey(m => m.SequenceNumber).HasName("pk_outbox_message");
            outbox.Property(m => m.SequenceNumber).HasColumnName("sequence_number").UseIdentityByDefaultColumn();
            outbox.Property(m => m.MessageId).HasColumnName("message_id");
            outbox.Property(m => m.InboxMessageId).HasColumnName("inbox_message_id");
            outbox.Property(m => m.InboxConsumerId).HasColumnName("inbox_consumer_id");
            outbox.Property(m => m.ConversationId).HasColumnName("conversation_id");
            outbox.Property(m => m.CorrelationId).HasColumnName("correlation_id");
            outbox.Property(m => m.InitiatorId).HasColumnName("initiator_id");
            outbox.Property(m => m.RequestId).HasColumnName("request_id");
            outbox.Property(m => m.DestinationAddress).HasColumnName("destination_address").HasMaxLength(256);
            outbox.Property(m => m.SourceAddress).HasColumnName("source_address").HasMaxLength(256);
            outbox.Property(m => m.ResponseAddress).HasColumnName("response_address").HasMaxLength(256);
            outbox.Property(m => m.FaultAddress).HasColumnName("fault_address").HasMaxLength(256);
            outbox.Property(m => m.ContentType).HasColumnName("content_type").HasMaxLength(256);
            outbox.Property(m => m.MessageType).HasColumnName("message_type");
            outbox.Property(m => m.Body).HasColumnName("body");
            outbox.Property(m => m.Headers).HasColumnName("headers");
            outbox.Property(m => m.Properties).HasColumnName("properties");
            outbox.Property(m => m.SentTime).HasColumnName("sent_time");
            outbox.Property(m => m.ExpirationTime).HasColumnName("expiration_time");
            outbox.Property(m => m.Created).HasColumnName("created");
            outbox.HasIndex(m => new { m.InboxMessageId, m.InboxConsumerId, m.SequenceNumber })
                .HasDatabaseName("ix_outbox_message_inbox").IsUnique();
            outbox.HasOne<InboxState>().WithMany()
                .HasForeignKey(m => new { m.InboxMessageId, m.InboxConsumerId })
                .HasConstraintName("fk_outbox_message_inbox_state")
                .OnDelete(DeleteBehavior.Cascade);
        });
        return modelBuilder;
    }
}
