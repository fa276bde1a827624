using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Access.Requests;

/// <summary>Users in <c>access.users</c>, one row per user who ever asked or was granted; their audit trail in its own table.</summary>
public sealed class AccessStateConfiguration : IEntityTypeConfiguration<AccessState>
{
    public void Configure(EntityTypeBuilder<AccessState> builder)
    {
        builder.ToTable("users");
        builder.HasKey(s => s.CorrelationId).HasName("pk_users");
        builder.Property(s => s.CorrelationId).HasColumnName("access_id").ValueGeneratedNever();
        builder.Property(s => s.CurrentState).HasColumnName("state").HasMaxLength(32);
        builder.Property(s => s.UserId).HasColumnName("user_id");
        builder.Property(s => s.ChatId).HasColumnName("chat_id");
        builder.Property(s => s.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(s => s.Username).HasColumnName("username").HasMaxLength(64);
        builder.Property(s => s.Language).HasColumnName("language").HasMaxLength(16);
        builder.Property(s => s.RequestNumber).HasColumnName("request_number");
        builder.Property(s => s.Message).HasColumnName("message").HasMaxLength(AccessRules.MaxMessageLength);
        builder.Property(s => s.RequestedAt).HasColumnName("requested_at");
        builder.Property(s => s.ReviewedBy).HasColumnName("reviewed_by");
        builder.Property(s => s.ReviewedByName).HasColumnName("reviewed_by_name").HasMaxLength(200);
        builder.Property(s => s.ReviewedAt).HasColumnName("reviewed_at");
        builder.Property(s => s.Reason).HasColumnName("reason").HasMaxLength(AccessRules.MaxReasonLength);
        builder.Property(s => s.LastRejectedAt).HasColumnName("last_rejected_at");
        builder.Property(s => s.AppealCount).HasColumnName("appeal_count");
        builder.Property(s => s.AlertChats).HasColumnName("alert_chats");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.ExpiryTokenId).HasColumnName("expiry_token_id");
        builder.HasMany(s => s.Audit).WithOne().HasForeignKey(a => a.AccessId).HasConstraintName("fk_access_audit_users");
        builder.HasIndex(s => s.UserId).IsUnique().HasDatabaseName("ux_users_user_id");
        builder.HasIndex(s => new { s.CurrentState, s.RequestedAt }).HasDatabaseName("ix_users_state");
    }
}
