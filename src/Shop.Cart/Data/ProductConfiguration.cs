using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Cart.Data;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.ProductId).HasName("pk_products");
        builder.Property(p => p.ProductId).HasColumnName("product_id").ValueGeneratedNever();
        builder.Property(p => p.Title).HasColumnName("title");
        builder.Property(p => p.PriceMinor).HasColumnName("price_minor");
        builder.Property(p => p.Currency).HasColumnName("currency").HasMaxLength(3);
        builder.Property(p => p.PhotoFileId).HasColumnName("photo_file_id");
        builder.Property(p => p.Stock).HasColumnName("stock");
        builder.Property(p => p.Active).HasColumnName("active");
        builder.Property(p => p.Version).HasColumnName("version");
    }
}
