using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Access.Requests;

public sealed class AccessAuditEntryConfiguration : IEntityTypeConfiguration<AccessAuditEntry>
{
    public void Configure(EntityTypeBuilder<AccessAuditEntry> builder)
    {
        builder.ToTable("access_audit");
        builder.HasKey(a => a.Id).HasName("pk_access_audit");
        // Generated on add, so an entry appended to a loaded saga's list is found and inserted.
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(a => a.AccessId).HasColumnName("access_id");
        builder.Property(a => a.UserId).HasColumnName("user_id");
        builder.Property(a => a.FromState).HasColumnName("from_state").HasMaxLength(32);
        builder.Property(a => a.ToState).HasColumnName("to_state").HasMaxLength(32);
        builder.Property(a => a.ByUserId).HasColumnName("by_user_id");
        builder.Property(a => a.ByName).HasColumnName("by_name").HasMaxLength(200);
        builder.Property(a => a.Reason).HasColumnName("reason").HasMaxLength(AccessRules.MaxReasonLength);
        builder.Property(a => a.At).HasColumnName("at");
        builder.HasIndex(a => new { a.AccessId, a.At }).HasDatabaseName("ix_access_audit_access");
        builder.HasIndex(a => new { a.UserId, a.At }).HasDatabaseName("ix_access_audit_user");
    }
}
