using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Shop.Messaging;
using Shop.Sandbox;

namespace Shop.Testing;

/// <summary>Starts the sandbox and Shop workers inside the test process, each as its own host, on loopback.</summary>
public static class TestHosts
{
    /// <summary>A bot token of the right shape, made up for one test run.</summary>
    public static string NewBotToken()
    {
        var id = Random.Shared.NextInt64(100_000_000, 999_999_999);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        var secret = new string(Enumerable.Range(0, 35).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]).ToArray());
        return $"{id}:{secret}";
    }

    public static async Task<WebApplication> StartSandboxAsync(string botToken, bool rateLimits = false)
    {
        var app = SandboxApp.Create([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:BotToken"] = botToken,
                ["Sandbox:RateLimits:Enabled"] = rateLimits.ToString(),
            });
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>Builds and starts one worker the way its Program.cs does, with <paramref name="settings"/> on top.</summary>
    public static async Task<WebApplication> StartWorkerAsync(string name, IDictionary<string, string?> settings,
        Action<WebApplicationBuilder> addWorker, Action<WebApplication>? map = null, int? port = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = name, EnvironmentName = "Testing" });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port ?? 0}");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddShopDefaults();
        addWorker(builder);
        var app = builder.Build();
        app.MapShopDefaults();
        map?.Invoke(app);
        if (!ShopDefaults.SettingsAreValid(app.Services, name)) throw new InvalidOperationException($"{name}: invalid settings");
        await app.StartAsync();
        return app;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
