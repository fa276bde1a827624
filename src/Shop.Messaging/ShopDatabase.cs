using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Shop.Messaging;

/// <summary>A worker's own PostgreSQL schema: its DbContext, its migrations applied at start, its readiness check.</summary>
public static class ShopDatabase
{
    public static IHostApplicationBuilder AddShopDatabase<TContext>(this IHostApplicationBuilder builder, string schema)
        where TContext : DbContext
    {
        builder.Services.Configure<ConnectionOptions>(options => options.PostgresRequired = true);
        builder.Services.AddDbContextPool<TContext>((services, options) => Configure(options, schema,
            services.GetRequiredService<IOptions<ConnectionOptions>>().Value.Postgres!));
        builder.Services.AddSingleton<IMigrationTarget>(new MigrationTarget<TContext>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>($"postgres-{schema}", tags: ["ready"]);
        return builder;
    }

    /// <summary>The options every Shop DbContext uses; tests build contexts with the same.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string schema, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsHistoryTable("__migrations", schema);
            })
            // Migrations are written by hand (the EF design-time package is not available here), so there is no model
            // snapshot to compare with; MigrationsMatchModel tests compare the migrated schema with the model instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
