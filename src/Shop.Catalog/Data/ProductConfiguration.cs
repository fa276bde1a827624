using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Catalog.Data;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", table =>
        {
            table.HasCheckConstraint("ck_products_stock", "stock >= 0");
            table.HasCheckConstraint("ck_products_price_minor", "price_minor >= 0");
        });
        builder.HasKey(p => p.Id).HasName("pk_products");
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.CategoryId).HasColumnName("category_id");
        builder.Property(p => p.Title).HasColumnName("title").HasMaxLength(Product.MaxTitleLength);
        builder.Property(p => p.Description).HasColumnName("description").HasMaxLength(Product.MaxDescriptionLength);
        builder.Property(p => p.PriceMinor).HasColumnName("price_minor");
        builder.Property(p => p.Currency).HasColumnName("currency").HasColumnType("character(3)");
        builder.Property(p => p.PhotoFileId).HasColumnName("photo_file_id").HasMaxLength(Product.MaxPhotoFileIdLength);
        builder.Property(p => p.Stock).HasColumnName("stock");
        builder.Property(p => p.Active).HasColumnName("active");
        builder.Property(p => p.Position).HasColumnName("position");
        builder.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId)
            .HasConstraintName("fk_products_categories_category_id").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CategoryId, p.Position }).HasDatabaseName("ix_products_category_id_position");
    }
}
