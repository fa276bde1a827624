using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Messaging;

/// <summary>Migrates one worker's DbContext; EF Core takes a database lock, so workers starting together take turns.</summary>
public sealed class MigrationTarget<TContext> : IMigrationTarget where TContext : DbContext
{
    public string Name => typeof(TContext).Name;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        await context.Database.MigrateAsync(cancellationToken);
    }
}
