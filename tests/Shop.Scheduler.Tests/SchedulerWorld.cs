using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shop.Messaging;
using Shop.Testing;

namespace Shop.Scheduler.Tests;

/// <summary>
/// A broker vhost and a database of a test's own, a worker with a reminder consumer that schedules through the shared bus
/// set-up (as any Shop worker does), and the Scheduler worker, which a test can stop and start again.
/// </summary>
public sealed class SchedulerWorld : IAsyncDisposable
{
    RabbitMqVhost _vhost = null!;
    WebApplication _client = null!;
    Dictionary<string, string?> _settings = null!;

    public PostgresDatabase Database { get; private set; } = null!;

    public WebApplication? SchedulerHost { get; private set; }

    public ReceivedReminders Received { get; } = new();

    public ConsumedCount<MassTransit.Scheduling.ScheduleMessage> SchedulesConsumed { get; private set; } = new();

    /// <summary>The client worker's bus, for sending scheduling commands by hand.</summary>
    public IBus ClientBus => _client.Services.GetRequiredService<IBus>();

    public static async Task<SchedulerWorld> StartAsync()
    {
        var world = new SchedulerWorld();
        world._vhost = await RabbitMqVhost.CreateAsync();
        world.Database = await PostgresDatabase.CreateAsync();
        world._settings = new Dictionary<string, string?>
        {
            ["Shop:OwnerIds"] = "1",
            ["ConnectionStrings:Postgres"] = world.Database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = world._vhost.AmqpUri,
        };
        await world.StartSchedulerAsync();
        world._client = await TestHosts.StartWorkerAsync("Shop.Scheduler.Tests", world._settings, builder =>
        {
            builder.Services.AddSingleton(world.Received);
            builder.AddShopBus(bus => bus.AddConsumer<ReminderConsumer>());
        });
        await WaitUntilReadyAsync(world._client);
        return world;
    }

    public async Task StartSchedulerAsync()
    {
        SchedulerHost = await TestHosts.StartWorkerAsync("Shop.Scheduler", _settings, builder => builder.AddSchedulerWorker());
        SchedulesConsumed = new ConsumedCount<MassTransit.Scheduling.ScheduleMessage>();
        SchedulerHost.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(SchedulesConsumed);
        await WaitUntilReadyAsync(SchedulerHost);
    }

    public async Task StopSchedulerAsync()
    {
        if (SchedulerHost is null) return;
        await SchedulerHost.StopAsync();
        await SchedulerHost.DisposeAsync();
        SchedulerHost = null;
    }

    /// <summary>Schedules the way a worker does outside a consumer: the <c>IMessageScheduler</c> that AddShopBus registers.</summary>
    public async Task<T> WithSchedulerAsync<T>(Func<IMessageScheduler, Task<T>> use)
    {
        await using var scope = _client.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<IMessageScheduler>());
    }

    public Task<long> JobCountAsync() => Database.ScalarAsync("SELECT count(*) FROM scheduler.qrtz_job_details");

    /// <summary>Waits for a state the system reaches on its own; a bound against hanging, not a timing assertion.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Never reached: {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Ready as the health endpoint reports it: the bus's endpoints are up, and in the scheduler Quartz too.</summary>
    static Task WaitUntilReadyAsync(WebApplication app)
    {
        var health = app.Services.GetRequiredService<HealthCheckService>();
        return Eventually(async () => (await health.CheckHealthAsync(check => check.Tags.Contains("ready"))).Status == HealthStatus.Healthy,
            $"{app.Environment.ApplicationName} ready");
    }

    public async ValueTask DisposeAsync()
    {
        await StopSchedulerAsync();
        if (_client is not null) await _client.DisposeAsync();
        if (Database is not null) await Database.DisposeAsync();
        if (_vhost is not null) await _vhost.DisposeAsync();
    }
}
