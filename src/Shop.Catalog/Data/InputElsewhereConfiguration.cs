using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Catalog.Data;

public sealed class InputElsewhereConfiguration : IEntityTypeConfiguration<InputElsewhere>
{
    public void Configure(EntityTypeBuilder<InputElsewhere> builder)
    {
        builder.ToTable("input_elsewhere");
        builder.HasKey(i => i.UserId).HasName("pk_input_elsewhere");
        builder.Property(i => i.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(i => i.Worker).HasColumnName("worker").HasMaxLength(InputElsewhere.MaxWorkerLength);
        builder.Property(i => i.ClaimedAt).HasColumnName("claimed_at");
    }
}
