using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.IntegrationTests.Counter;

/// <summary>The counter worker's schema: its saga table and its inbox.</summary>
public sealed class CounterDbContext(DbContextOptions<CounterDbContext> options) : DbContext(options)
{
    public const string Schema = "counter";

    public DbSet<CounterState> Counters => Set<CounterState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new CounterStateConfiguration());
        modelBuilder.AddInbox();
    }
}
