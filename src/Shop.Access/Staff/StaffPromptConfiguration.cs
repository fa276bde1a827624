using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Access.Staff;

public sealed class StaffPromptConfiguration : IEntityTypeConfiguration<StaffPrompt>
{
    public void Configure(EntityTypeBuilder<StaffPrompt> builder)
    {
        builder.ToTable("staff_prompts");
        builder.HasKey(p => p.StaffId).HasName("pk_staff_prompts");
        builder.Property(p => p.StaffId).HasColumnName("staff_id").ValueGeneratedNever();
        builder.Property(p => p.UserId).HasColumnName("user_id");
        builder.Property(p => p.RequestNumber).HasColumnName("request_number");
        builder.Property(p => p.ChatId).HasColumnName("chat_id");
        builder.Property(p => p.AskedAt).HasColumnName("asked_at");
    }
}
