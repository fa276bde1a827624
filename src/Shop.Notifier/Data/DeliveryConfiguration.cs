using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Notifier.Data;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.MessageId).HasName("pk_deliveries");
        builder.Property(d => d.MessageId).HasColumnName("message_id").ValueGeneratedNever();
        builder.Property(d => d.ChatId).HasColumnName("chat_id");
        builder.Property(d => d.TelegramMessageId).HasColumnName("telegram_message_id");
        builder.Property(d => d.CompletedAt).HasColumnName("completed_at");
        // The newest message sent to a chat, looked up before every send (see SendAttempt).
        builder.HasIndex(d => new { d.ChatId, d.TelegramMessageId }).HasDatabaseName("ix_deliveries_chat_id_telegram_message_id");
    }
}
