using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Cart.Data;

public sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.ToTable("cart_lines");
        builder.HasKey(l => new { l.UserId, l.ProductId }).HasName("pk_cart_lines");
        builder.Property(l => l.UserId).HasColumnName("user_id");
        builder.Property(l => l.ProductId).HasColumnName("product_id");
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        builder.Property(l => l.AddedAt).HasColumnName("added_at");
    }
}
