using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Outbox;

namespace Shop.Outbox.Tests.Orders;

/// <summary>A worker schema of the tests' own: its orders and the transactional outbox tables.</summary>
public sealed class OutboxTestDbContext(DbContextOptions<OutboxTestDbContext> options) : DbContext(options)
{
    public const string Schema = "outbox_test";

    public DbSet<TestOrder> Orders => Set<TestOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new TestOrderConfiguration());
        modelBuilder.AddTransactionalOutbox();
    }
}
