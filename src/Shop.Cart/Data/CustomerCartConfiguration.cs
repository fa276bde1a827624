using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Cart.Data;

public sealed class CustomerCartConfiguration : IEntityTypeConfiguration<CustomerCart>
{
    public void Configure(EntityTypeBuilder<CustomerCart> builder)
    {
        builder.ToTable("carts");
        builder.HasKey(c => c.UserId).HasName("pk_carts");
        builder.Property(c => c.UserId).HasColumnName("user_id").ValueGeneratedNever();
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.UserId)
            .HasConstraintName("fk_cart_lines_carts_user_id").OnDelete(DeleteBehavior.Cascade);
    }
}
