using System.Diagnostics;
using Npgsql;

namespace Shop.Testing;

/// <summary>
/// A PostgreSQL and a RabbitMQ of one test's own, started by <c>deploy/services.sh</c> on free ports with their own data folder
/// and node name, so the test can crash and restart them without disturbing any other test.
/// </summary>
public sealed class PrivateServices : IAsyncDisposable
{
    readonly Dictionary<string, string> _environment;
    readonly string _dataDir;

    PrivateServices(Dictionary<string, string> environment, string dataDir, int postgresPort, int amqpPort, int managementPort)
    {
        _environment = environment;
        _dataDir = dataDir;
        Postgres = $"Host=127.0.0.1;Port={postgresPort};Username=shop;Password=shop;Database=shop;Timeout=5";
        RabbitMq = $"amqp://guest:guest@127.0.0.1:{amqpPort}/";
        Management = $"http://guest:guest@127.0.0.1:{managementPort}";
    }

    public string Postgres { get; }

    public string RabbitMq { get; }

    /// <summary>The management API's base address, with the credentials in it (as shopctl takes it).</summary>
    public string Management { get; }

    public static async Task<PrivateServices> StartAsync()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var dataDir = Path.Combine(Path.GetTempPath(), $"shop-services-{id}");
        int postgres = TestHosts.FreePort(), amqp = TestHosts.FreePort(), management = TestHosts.FreePort(), distribution = TestHosts.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["SHOP_DATA_DIR"] = dataDir,
            ["SHOP_PG_PORT"] = postgres.ToString(),
            ["SHOP_AMQP_PORT"] = amqp.ToString(),
            ["SHOP_RABBITMQ_MGMT_PORT"] = management.ToString(),
            ["SHOP_RABBITMQ_DIST_PORT"] = distribution.ToString(),
            ["SHOP_RABBITMQ_NODENAME"] = $"shop{id}@localhost",
            // The suite's own services.sh run installed the packages already.
            ["SHOP_SKIP_INSTALL"] = "1",
        };
        var services = new PrivateServices(environment, dataDir, postgres, amqp, management);
        await services.RunAsync("up");
        return services;
    }

    /// <summary>Stops <paramref name="service"/> (<c>postgres</c> or <c>rabbitmq</c>) the hard way.</summary>
    public Task CrashAsync(string service) => RunAsync("crash", service);

    /// <summary>Starts whatever is not running.</summary>
    public Task UpAsync() => RunAsync("up");

    /// <summary>The test's own queries: unpooled, since a crash leaves a pool's connections dead.</summary>
    string Queries => Postgres + ";Pooling=false";

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Queries);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task<string?> TextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Queries);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Script(), .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"services.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await errors}");
    }

    static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "deploy", "services.sh");
            if (File.Exists(script)) return script;
        }
        throw new FileNotFoundException("deploy/services.sh not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync("down");
        }
        finally
        {
            if (Directory.Exists(_dataDir)) Directory.Delete(_dataDir, recursive: true);
        }
    }
}
