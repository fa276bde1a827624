using Microsoft.EntityFrameworkCore;
using Shop.Access.Mode;
using Shop.Access.Requests;
using Shop.Access.Staff;
using Shop.Messaging.Outbox;

namespace Shop.Access.Data;

/// <summary>The Access worker's schema: who may use the shop (the saga's state), its audit trail, the mode, staff prompts, the inbox/outbox.</summary>
public sealed class AccessDbContext(DbContextOptions<AccessDbContext> options) : DbContext(options)
{
    public const string Schema = "access";

    public DbSet<AccessState> Users => Set<AccessState>();

    public DbSet<AccessAuditEntry> Audit => Set<AccessAuditEntry>();

    public DbSet<AccessSetting> Settings => Set<AccessSetting>();

    public DbSet<StaffPrompt> StaffPrompts => Set<StaffPrompt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new AccessStateConfiguration());
        modelBuilder.ApplyConfiguration(new AccessAuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AccessSettingConfiguration());
        modelBuilder.ApplyConfiguration(new StaffPromptConfiguration());
        modelBuilder.AddTransactionalOutbox();
    }
}
