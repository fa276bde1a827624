using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Shop.Sandbox.BotApi;
using Shop.Sandbox.Chats;
using Shop.Sandbox.Control;
using Shop.Sandbox.Files;
using Shop.Sandbox.Updates;
using Shop.Sandbox.Web;

namespace Shop.Sandbox;

/// <summary>Wires the sandbox into a host: its options, its in-memory world and its three faces (Bot API, control API, web chat).</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SandboxOptions>()
            .Bind(builder.Configuration.GetSection(SandboxOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>();

        // Tests replace the clock by registering their own TimeProvider first.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<SandboxStats>();
        builder.Services.AddSingleton<FileStore>();
        builder.Services.AddSingleton<ChatStore>();
        builder.Services.AddSingleton<UpdateQueue>();
        builder.Services.AddSingleton<FloodControl>();
        builder.Services.AddSingleton<BotCommandList>();
        builder.Services.AddSingleton<BotMethods>();
        builder.Services.AddSingleton<UserSimulator>();
        builder.Services.AddHostedService<WebhookDispatcher>();

        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = null;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return builder;
    }

    public static WebApplication MapSandbox(this WebApplication app)
    {
        app.MapBotApi();
        app.MapControlApi();
        app.MapWebChat();
        return app;
    }
}
