using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Access.Mode;

public sealed class AccessSettingConfiguration : IEntityTypeConfiguration<AccessSetting>
{
    public void Configure(EntityTypeBuilder<AccessSetting> builder)
    {
        builder.ToTable("settings");
        builder.HasKey(s => s.Id).HasName("pk_settings");
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.Mode).HasColumnName("mode").HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.ChangedBy).HasColumnName("changed_by");
        builder.Property(s => s.ChangedAt).HasColumnName("changed_at");
    }
}
