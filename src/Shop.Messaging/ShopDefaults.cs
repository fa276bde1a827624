using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Shop.Messaging.Metrics;

namespace Shop.Messaging;

/// <summary>What every Shop process has: validated settings, one-line logs, health and metrics endpoints, migrations before work.</summary>
public static class ShopDefaults
{
    public static IHostApplicationBuilder AddShopDefaults(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // A failed command surfaces as an exception where it matters; EF's own line for it (the first migration's
        // probe of a history table that does not exist yet, say) would only be noise.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Extensions.Http", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);

        builder.Services.AddOptions<ShopOptions>().BindConfiguration(ShopOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ShopOptions>, ShopOptionsValidator>();
        builder.Services.AddOptions<ConnectionOptions>().BindConfiguration("ConnectionStrings").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ConnectionOptions>, ConnectionOptionsValidator>();

        // Registered first so that its StartAsync (schema migrations) completes before the bus starts consuming.
        builder.Services.AddHostedService<MigrationRunner>();
        builder.Services.AddHealthChecks();
        builder.AddShopMetrics();
        return builder;
    }

    /// <summary>
    /// Maps <c>/health/live</c> (the process answers), <c>/health/ready</c> (bus connected, database reachable) and
    /// <c>/metrics</c> (Prometheus text).
    /// </summary>
    public static WebApplication MapShopDefaults(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            // A bus still binding its queues reports Degraded: not ready to be sent work yet.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapShopMetrics();
        return app;
    }

    /// <summary>
    /// Runs the app, but first checks every setting and that the database answers: a missing or malformed setting, a
    /// database that does not exist or a refused login stops the process with one line naming the setting (not a stack
    /// trace) and exit code 2.
    /// </summary>
    public static void RunShop(this WebApplication app)
    {
        if (!SettingsAreValid(app.Services, app.Environment.ApplicationName)) return;
        if (!DatabaseIsReachable(app.Services, app.Environment.ApplicationName)) return;
        app.Run();
    }

    /// <summary>For a worker with a database: whether it answers; if not, one line says why and what to do, and exit code 2.</summary>
    public static bool DatabaseIsReachable(IServiceProvider services, string processName)
    {
        if (!services.GetServices<IMigrationTarget>().Any()) return true;
        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString)) return true;
        var problem = DatabaseCheck.ProblemAsync(connectionString, DatabaseCheck.DefaultPatience).GetAwaiter().GetResult();
        if (problem is null) return true;
        Console.Error.WriteLine($"{processName}: start-up error: {problem}");
        Environment.ExitCode = 2;
        return false;
    }

    public static bool SettingsAreValid(IServiceProvider services, string processName)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"{processName}: configuration error: {string.Join("; ", e.Failures)}");
            Environment.ExitCode = 2;
            return false;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures);
            Console.Error.WriteLine($"{processName}: configuration error: {string.Join("; ", failures)}");
            Environment.ExitCode = 2;
            return false;
        }
    }
}
