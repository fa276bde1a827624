using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Catalog.Data;

public sealed class StockReservationLineConfiguration : IEntityTypeConfiguration<StockReservationLine>
{
    public void Configure(EntityTypeBuilder<StockReservationLine> builder)
    {
        builder.ToTable("stock_reservation_lines", table => table.HasCheckConstraint("ck_stock_reservation_lines_quantity", "quantity > 0"));
        builder.HasKey(l => new { l.OrderId, l.ProductId }).HasName("pk_stock_reservation_lines");
        builder.Property(l => l.OrderId).HasColumnName("order_id");
        builder.Property(l => l.ProductId).HasColumnName("product_id");
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        // No foreign key to products: a reservation is part of an order's history and must not stop a product from being removed;
        // a release skips a product that is gone.
    }
}
