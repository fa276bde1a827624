using Microsoft.EntityFrameworkCore;

namespace Shop.Notifier.Data;

/// <summary>The notifier's own schema: what it sent or was about to send, under which tags, and whom it cannot reach.</summary>
public sealed class NotifierDbContext(DbContextOptions<NotifierDbContext> options) : DbContext(options)
{
    public const string Schema = "notifier";

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<SendAttempt> SendAttempts => Set<SendAttempt>();

    public DbSet<UnreachableChat> UnreachableChats => Set<UnreachableChat>();

    public DbSet<TaggedMessage> TaggedMessages => Set<TaggedMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotifierDbContext).Assembly,
            type => type.Namespace == typeof(NotifierDbContext).Namespace);
    }
}
