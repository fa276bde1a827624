using Microsoft.EntityFrameworkCore;
using Shop.Messaging.Outbox;
using Shop.Ordering.Checkout;
using Shop.Ordering.Orders;
using Shop.Ordering.Staff;

namespace Shop.Ordering.Data;

/// <summary>The Ordering worker's schema: orders (the saga's state), checkouts in progress, staff prompts, the inbox/outbox.</summary>
public sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : DbContext(options)
{
    public const string Schema = "ordering";

    /// <summary>Where order numbers come from: gaps are possible (a checkout that could not be placed), repeats are not.</summary>
    public const string NumberSequence = "order_numbers";

    public const int FirstNumber = 1001;

    public DbSet<OrderState> Orders => Set<OrderState>();

    public DbSet<StaffPrompt> StaffPrompts => Set<StaffPrompt>();

    public DbSet<CheckoutDraft> Checkouts => Set<CheckoutDraft>();

    public DbSet<CustomerContact> CustomerContacts => Set<CustomerContact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<int>(NumberSequence).StartsAt(FirstNumber);
        modelBuilder.ApplyConfiguration(new OrderStateConfiguration());
        modelBuilder.ApplyConfiguration(new StaffPromptConfiguration());
        modelBuilder.ApplyConfiguration(new CheckoutDraftConfiguration());
        modelBuilder.ApplyConfiguration(new CustomerContactConfiguration());
        modelBuilder.AddTransactionalOutbox();
    }

    /// <summary>The next order number, taken in the caller's transaction.</summary>
    public async Task<int> NextOrderNumberAsync(CancellationToken ct) =>
        await Database.SqlQueryRaw<int>($"SELECT nextval('{Schema}.{NumberSequence}')::int AS \"Value\"").SingleAsync(ct);
}
