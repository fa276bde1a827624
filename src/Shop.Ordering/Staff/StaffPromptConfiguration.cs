using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Ordering.Staff;

public sealed class StaffPromptConfiguration : IEntityTypeConfiguration<StaffPrompt>
{
    public void Configure(EntityTypeBuilder<StaffPrompt> builder)
    {
        builder.ToTable("staff_prompts");
        builder.HasKey(p => p.UserId).HasName("pk_staff_prompts");
        builder.Property(p => p.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(p => p.OrderId).HasColumnName("order_id");
        builder.Property(p => p.ChatId).HasColumnName("chat_id");
        builder.Property(p => p.AskedAt).HasColumnName("asked_at");
    }
}
