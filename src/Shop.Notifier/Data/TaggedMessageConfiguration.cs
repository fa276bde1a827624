using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Notifier.Data;

public sealed class TaggedMessageConfiguration : IEntityTypeConfiguration<TaggedMessage>
{
    public void Configure(EntityTypeBuilder<TaggedMessage> builder)
    {
        builder.ToTable("tagged_messages");
        builder.HasKey(t => new { t.ChatId, t.Tag }).HasName("pk_tagged_messages");
        builder.Property(t => t.ChatId).HasColumnName("chat_id").ValueGeneratedNever();
        // Unbounded: a tag too long for a column would fail only after Telegram had already shown the message.
        builder.Property(t => t.Tag).HasColumnName("tag");
        builder.Property(t => t.TelegramMessageId).HasColumnName("telegram_message_id");
        builder.Property(t => t.SentAt).HasColumnName("sent_at");
    }
}
