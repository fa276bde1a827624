using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Contracts.Access;
using Shop.Messaging;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>The Ingress worker: Telegram updates in (webhook or long polling), typed messages onto the bus.</summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddIngress(this IHostApplicationBuilder builder)
    {
        builder.AddTelegramBotApi();
        builder.Services.AddOptions<IngressOptions>().BindConfiguration(IngressOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccessReplica>();
        builder.AddShopBus(bus =>
        {
            // Every Ingress instance keeps its own copy of who may use the shop, so each needs every change.
            bus.AddInstanceConsumer<AccessChangeConsumer>("ingress-access");
            bus.AddRequestClient<GetAccessList>();
        });
        builder.Services.AddHostedService<AccessReplicaLoader>();
        // It must answer Telegram (503 while the broker is away) even before the bus is up.
        builder.Services.Configure<MassTransit.MassTransitHostOptions>(options => options.WaitUntilStarted = false);
        builder.Services.AddSingleton<BotIdentity>();
        builder.Services.AddSingleton<UpdatePublisher>();
        builder.Services.AddHostedService<BotMenuRegistration>();

        var mode = builder.Configuration.GetValue<UpdateMode?>("Telegram:UpdateMode") ?? UpdateMode.Polling;
        if (mode == UpdateMode.Webhook) builder.Services.AddHostedService<WebhookRegistration>();
        else builder.Services.AddHostedService<UpdatePoller>();
        return builder;
    }

    public static WebApplication MapIngress(this WebApplication app)
    {
        var path = app.Configuration.GetValue<string>("Ingress:WebhookPath") ?? new IngressOptions().WebhookPath;
        app.MapPost(path, WebhookEndpoint.HandleAsync);
        return app;
    }
}
