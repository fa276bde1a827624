using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Contracts.Access;
using Shop.Ingress.Data;
using Shop.Ingress.Support;
using Shop.Ingress.Turns;
using Shop.Messaging;
using Shop.Messaging.Failures;
using Shop.Contracts.Routing;
using Shop.Storefront.Routing;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>
/// The Ingress worker: Telegram updates in (webhook or long polling), each user's updates into their partition queue, and
/// from there, one at a time, to the one worker the routing table names; whatever no one takes is answered here.
/// </summary>
public static class HostingExtensions
{
    public static IHostApplicationBuilder AddIngress(this IHostApplicationBuilder builder)
    {
        builder.AddTelegramBotApi();
        builder.Services.AddOptions<IngressOptions>().BindConfiguration(IngressOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddShopDatabase<IngressDbContext>(IngressDbContext.Schema);
        builder.Services.AddScoped<Conversations>();
        builder.Services.AddScoped<TurnRunner>();
        builder.Services.AddScoped<SupportReplies>();
        builder.Services.AddSingleton<FallbackReplies>();
        builder.Services.AddSingleton<AccessReplica>();
        builder.Services.AddSingleton<TurnEndpointsReady>();
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<TurnEndpointsReady>());
        builder.AddShopBus(bus =>
        {
            // Every Ingress instance keeps its own copy of who may use the shop, so each needs every change.
            bus.AddInstanceConsumer<AccessChangeConsumer>("ingress-access");
            bus.AddRequestClient<GetAccessList>();
            bus.AddConsumer<ConversationClaimedConsumer>();
            bus.UseShopFailurePolicyOn(EndpointNames.For(Workers.Ingress, nameof(ConversationClaimedConsumer)));
            bus.AddConsumer<TurnConsumer>().ExcludeFromConfigureEndpoints();
        });
        builder.Services.AddHostedService<AccessReplicaLoader>();
        var partitions = builder.Configuration.GetValue<int?>("Ingress:Partitions") ?? new IngressOptions().Partitions;
        builder.Services.AddSingleton(new ShopReceiveEndpoint((context, rabbit) =>
        {
            for (var partition = 0; partition < partitions; partition++)
                rabbit.ReceiveEndpoint(TurnPartitions.Name(partition), endpoint =>
                {
                    endpoint.SetQuorumQueue();
                    // Replicas of the Ingress all listen; one at a time takes the partition, the others stand by.
                    endpoint.SingleActiveConsumer = true;
                    endpoint.PrefetchCount = 1;
                    endpoint.ConcurrentMessageLimit = 1;
                    endpoint.ConfigureConsumeTopology = false;
                    endpoint.UseShopFailurePolicy(context);
                    endpoint.ConfigureConsumer<TurnConsumer>(context);
                });
        }));
        // It must answer Telegram (503 while the broker is away) even before the bus is up.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = false);
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
