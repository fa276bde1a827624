using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Shop.Sandbox;

/// <summary>Builds the sandbox as an in-process web application, so tests in other projects can start it beside the code under test.</summary>
public static class SandboxApp
{
    /// <summary>
    /// Builds (does not start) the sandbox. <paramref name="configure"/> runs after the sandbox's own registrations,
    /// so it can add configuration (e.g. Sandbox:BotToken), set URLs (<c>b.WebHost.UseUrls("http://127.0.0.1:0")</c>)
    /// or replace services such as the TimeProvider.
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Without this a host started from a test project would take the test assembly's name and settings.
            ApplicationName = typeof(SandboxApp).Assembly.GetName().Name,
        });
        builder.AddSandbox();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapSandbox();
        return app;
    }

    /// <summary>The first address the started app listens on, with the real port when it was started on port 0.</summary>
    public static Uri GetBaseAddress(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The sandbox is not listening yet; await app.StartAsync() first.");
        return new Uri(first.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
    }
}
