using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Shop.Messaging;

/// <summary>Applies every registered worker's migrations before the bus starts, waiting for PostgreSQL while it starts up.</summary>
public sealed class MigrationRunner(IEnumerable<IMigrationTarget> targets, IServiceProvider services, ILogger<MigrationRunner> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var target in targets)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await target.MigrateAsync(services, cancellationToken);
                    logger.LogInformation("Database {Database} is migrated", target.Name);
                    break;
                }
                catch (Exception e) when (attempt < 10 && e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
                {
                    logger.LogWarning("Database {Database} is not reachable yet ({Reason}); attempt {Attempt}", target.Name, e.Message, attempt);
                    await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
