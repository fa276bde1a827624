using Microsoft.Extensions.Options;
using Npgsql;
using Shop.Messaging;

namespace Shop.Scheduler;

/// <summary>
/// The scheduler's own PostgreSQL schema. Quartz creates its tables in it when it starts (<c>ProvisionSchema</c>: only what
/// is missing, never dropping anything), from the DDL that matches the Quartz version in use; it does not create the schema.
/// </summary>
public sealed class SchedulerSchema : IMigrationTarget
{
    public const string Name = "scheduler";

    /// <summary>Quartz puts this in front of every table name: <c>scheduler.qrtz_triggers</c> and so on.</summary>
    public const string TablePrefix = Name + ".qrtz_";

    string IMigrationTarget.Name => Name;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var connectionString = services.GetRequiredService<IOptions<ConnectionOptions>>().Value.Postgres;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two schedulers starting together would otherwise race on the catalog and one would fail with a duplicate key.
        await using (var lockSchema = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('shop.scheduler.schema'))", connection, transaction))
            await lockSchema.ExecuteNonQueryAsync(cancellationToken);
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {Name}", connection, transaction))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
