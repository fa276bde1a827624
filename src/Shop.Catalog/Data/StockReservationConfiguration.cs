using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Catalog.Data;

public sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> builder)
    {
        builder.ToTable("stock_reservations");
        builder.HasKey(r => r.OrderId).HasName("pk_stock_reservations");
        builder.Property(r => r.OrderId).HasColumnName("order_id").ValueGeneratedNever();
        builder.Property(r => r.ReservedAt).HasColumnName("reserved_at");
        builder.Property(r => r.ReleasedAt).HasColumnName("released_at");
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.OrderId)
            .HasConstraintName("fk_stock_reservation_lines_stock_reservations_order_id").OnDelete(DeleteBehavior.Cascade);
    }
}
