using Microsoft.EntityFrameworkCore;

namespace Shop.Ingress.Data;

/// <summary>The Ingress's own schema: who holds each user's conversation.</summary>
public sealed class IngressDbContext(DbContextOptions<IngressDbContext> options) : DbContext(options)
{
    public const string Schema = "ingress";

    public DbSet<Conversation> Conversations => Set<Conversation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IngressDbContext).Assembly,
            type => type.Namespace == typeof(IngressDbContext).Namespace);
    }
}
