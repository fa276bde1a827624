using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Catalog.Data;

public sealed class OwnerConversationConfiguration : IEntityTypeConfiguration<OwnerConversation>
{
    public void Configure(EntityTypeBuilder<OwnerConversation> builder)
    {
        builder.ToTable("owner_conversations");
        builder.HasKey(c => c.OwnerId).HasName("pk_owner_conversations");
        builder.Property(c => c.OwnerId).HasColumnName("owner_id").ValueGeneratedNever();
        builder.Property(c => c.Step).HasColumnName("step").HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.ProductId).HasColumnName("product_id");
        builder.Property(c => c.CategoryId).HasColumnName("category_id");
        builder.Property(c => c.DraftTitle).HasColumnName("draft_title").HasMaxLength(Product.MaxTitleLength);
        builder.Property(c => c.DraftDescription).HasColumnName("draft_description").HasMaxLength(Product.MaxDescriptionLength);
        builder.Property(c => c.DraftPhotoFileId).HasColumnName("draft_photo_file_id").HasMaxLength(Product.MaxPhotoFileIdLength);
        builder.Property(c => c.DraftPriceMinor).HasColumnName("draft_price_minor");
        builder.Property(c => c.DraftStock).HasColumnName("draft_stock");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
