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
    }
}
