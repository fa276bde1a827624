using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Shop.Messaging.Metrics;

/// <summary>The <c>/metrics</c> endpoint every worker has, and how a worker adds a reading of its own to it.</summary>
public static class ShopMetrics
{
    public const string Path = "/metrics";

    public static IHostApplicationBuilder AddShopMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<MessagingMetrics>();
        builder.Services.TryAddSingleton<MetricsCollector>();
        builder.Services.AddHostedService(services => services.GetRequiredService<MetricsCollector>());
        // Opt-in per process: the numbers are the broker's, so one exporter is enough and more would only double them.
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("RabbitMqManagement")))
        {
            builder.Services.AddHttpClient(RabbitMqQueueDepths.HttpClientName).RemoveAllLoggers();
            builder.AddScrapeSource<RabbitMqQueueDepths>();
        }
        return builder;
    }

    /// <summary>Registers a reading refreshed before each scrape; it is created with the collector, so its gauges exist from the start.</summary>
    public static IHostApplicationBuilder AddScrapeSource<TSource>(this IHostApplicationBuilder builder) where TSource : class, IScrapeSource
    {
        builder.Services.TryAddSingleton<TSource>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IScrapeSource, TSource>(services => services.GetRequiredService<TSource>()));
        return builder;
    }

    public static WebApplication MapShopMetrics(this WebApplication app)
    {
        app.MapGet(Path, async (HttpContext http, MetricsCollector collector) =>
        {
            // Written whole, then sent: Kestrel allows no synchronous writes to the response.
            var text = await collector.ScrapeAsync(http.RequestAborted);
            http.Response.ContentType = PrometheusText.ContentType;
            await http.Response.WriteAsync(text, http.RequestAborted);
        });
        return app;
    }
}
