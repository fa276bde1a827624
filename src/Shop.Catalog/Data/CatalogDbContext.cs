using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Outbox;

namespace Shop.Catalog.Data;

/// <summary>
/// The catalog's own schema: categories, products, orders' stock reservations, owners' conversations, pending searches,
/// users whose text input another worker holds, and the inbox/outbox.
/// </summary>
public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public const string Schema = "catalog";

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<StockReservation> StockReservations => Set<StockReservation>();

    public DbSet<OwnerConversation> OwnerConversations => Set<OwnerConversation>();

    public DbSet<SearchPrompt> SearchPrompts => Set<SearchPrompt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddTransactionalOutbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly,
            type => type.Namespace == typeof(CatalogDbContext).Namespace);
    }
}
