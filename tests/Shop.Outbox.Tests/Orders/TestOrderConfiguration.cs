using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Outbox.Tests.Orders;

public sealed class TestOrderConfiguration : IEntityTypeConfiguration<TestOrder>
{
    public void Configure(EntityTypeBuilder<TestOrder> order)
    {
        order.ToTable("test_orders");
        order.HasKey(o => o.Id).HasName("pk_test_orders");
        order.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        order.Property(o => o.Item).HasColumnName("item").HasMaxLength(100);
        order.Property(o => o.PlacedAt).HasColumnName("placed_at");
    }
}
