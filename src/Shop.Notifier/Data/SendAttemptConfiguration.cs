using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Notifier.Data;

public sealed class SendAttemptConfiguration : IEntityTypeConfiguration<SendAttempt>
{
    public void Configure(EntityTypeBuilder<SendAttempt> builder)
    {
        builder.ToTable("send_attempts");
        builder.HasKey(a => a.MessageId).HasName("pk_send_attempts");
        builder.Property(a => a.MessageId).HasColumnName("message_id").ValueGeneratedNever();
        builder.Property(a => a.ChatId).HasColumnName("chat_id");
        builder.Property(a => a.AfterMessageId).HasColumnName("after_message_id");
        builder.Property(a => a.AttemptedAt).HasColumnName("attempted_at");
    }
}
