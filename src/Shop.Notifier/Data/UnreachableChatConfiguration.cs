using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Notifier.Data;

public sealed class UnreachableChatConfiguration : IEntityTypeConfiguration<UnreachableChat>
{
    public void Configure(EntityTypeBuilder<UnreachableChat> builder)
    {
        builder.ToTable("unreachable_chats");
        builder.HasKey(c => c.ChatId).HasName("pk_unreachable_chats");
        builder.Property(c => c.ChatId).HasColumnName("chat_id").ValueGeneratedNever();
        builder.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(200);
        builder.Property(c => c.Since).HasColumnName("since");
    }
}
