using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Ingress.Data;

public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.UserId).HasName("pk_conversations");
        builder.Property(c => c.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(c => c.Endpoint).HasColumnName("endpoint").HasMaxLength(Conversation.MaxEndpointLength);
        builder.Property(c => c.Subject).HasColumnName("subject");
        builder.Property(c => c.ClaimedAt).HasColumnName("claimed_at");
    }
}
