using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Outbox;

namespace Shop.Cart.Data;

/// <summary>The cart's own schema: its copy of the catalog's products, the customers' carts and the inbox/outbox.</summary>
public sealed class CartDbContext(DbContextOptions<CartDbContext> options) : DbContext(options)
{
    public const string Schema = "cart";

    public DbSet<Product> Products => Set<Product>();

    public DbSet<CustomerCart> Carts => Set<CustomerCart>();

    public DbSet<CartLine> Lines => Set<CartLine>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CartDbContext).Assembly,
            type => type.Namespace == typeof(CartDbContext).Namespace);
        modelBuilder.AddTransactionalOutbox();
    }
}
