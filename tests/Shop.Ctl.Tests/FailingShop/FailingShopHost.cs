using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Shop.Messaging;
using Shop.Testing;

namespace Shop.Ctl.Tests.FailingShop;

/// <summary>
/// A tiny MassTransit bus set up like the workers' (<see cref="ShopBus"/>: quorum queues, kebab-case names, confirms) in a
/// virtual host of its own, whose consumers throw until the test ends the <see cref="Outage"/>: its dead letters are
/// the real thing, fault headers and all.
/// </summary>
public sealed class FailingShopHost : IAsyncDisposable
{
    public const string ChargeCardQueue = "ctl-charge-card";
    public const string ChargeCardErrors = "ctl-charge-card_error";
    public const string ChargeCardSkipped = "ctl-charge-card_skipped";
    public const string ShipParcelQueue = "ctl-ship-parcel";
    public const string ShipParcelErrors = "ctl-ship-parcel_error";

    readonly IHost _host;
    readonly IConnection _probe;

    FailingShopHost(RabbitMqVhost vhost, IHost host, IConnection probe, Outage outage)
    {
        Vhost = vhost;
        _host = host;
        _probe = probe;
        Outage = outage;
    }

    public RabbitMqVhost Vhost { get; }

    public Outage Outage { get; }

    IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<FailingShopHost> StartAsync()
    {
        var vhost = await RabbitMqVhost.CreateAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "Shop.Ctl.Tests",
            EnvironmentName = "Testing",
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:RabbitMq"] = vhost.AmqpUri });
        // The consumers fail on purpose: MassTransit's error log lines would only bury the test output.
        builder.Logging.ClearProviders();
        builder.AddShopBus(bus =>
        {
            bus.AddConsumer<ChargeCardConsumer>();
            bus.AddConsumer<ShipParcelConsumer, ShipParcelConsumerDefinition>();
        });
        var outage = new Outage();
        builder.Services.AddSingleton(outage);
        var host = builder.Build();
        await host.StartAsync();
        var probe = await new ConnectionFactory { Uri = new Uri(vhost.AmqpUri) }.CreateConnectionAsync();
        return new FailingShopHost(vhost, host, probe, outage);
    }

    /// <summary>shopctl's broker options for this test's virtual host, after <paramref name="args"/>.</summary>
    public string[] Args(params string[] args) =>
        [.. args, "--amqp", Vhost.AmqpUri, "--management", TestEnvironment.RabbitMqManagement.ToString()];

    /// <summary>Runs shopctl in-process against this virtual host.</summary>
    public async Task<(int ExitCode, string Output)> ShopCtlAsync(params string[] args) => await ShopCtlAsync(new CapturedConsole(), args);

    public async Task<(int ExitCode, string Output)> ShopCtlAsync(CapturedConsole console, params string[] args)
    {
        var code = await ShopCtl.RunAsync(Args(args), console);
        return (code, console.Output);
    }

    public async Task<Guid> ChargeCardAsync()
    {
        var id = NewId.NextGuid();
        await Bus.Publish(new ChargeCard(NewId.NextGuid(), 1250), context => context.MessageId = id);
        return id;
    }

    public async Task<Guid> ShipParcelAsync()
    {
        var id = NewId.NextGuid();
        await Bus.Publish(new ShipParcel(NewId.NextGuid(), "1 Main Street"), context => context.MessageId = id);
        return id;
    }

    /// <summary>Sends a message to an endpoint with no consumer for it: MassTransit moves it to <c>_skipped</c>.</summary>
    public async Task<Guid> SkippedAsync()
    {
        var id = NewId.NextGuid();
        // The endpoint's own exchange: a queue: address would declare a classic queue over the quorum one and fail.
        var endpoint = await Bus.GetSendEndpoint(new Uri($"exchange:{ChargeCardQueue}"));
        await endpoint.Send(new ShipParcel(NewId.NextGuid(), "nowhere"), context => context.MessageId = id);
        return id;
    }

    /// <summary>Puts a hand-made dead letter into <paramref name="queue"/>, for cases the consumers cannot produce.</summary>
    public async Task<Guid> PutDeadLetterAsync(string queue, string inputAddress)
    {
        var id = NewId.NextGuid();
        await using var channel = await _probe.CreateChannelAsync();
        var properties = new BasicProperties
        {
            MessageId = id.ToString(),
            ContentType = "application/vnd.masstransit+json",
            DeliveryMode = DeliveryModes.Persistent,
            Headers = new Dictionary<string, object?>
            {
                ["MT-Reason"] = "fault",
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Fault-InputAddress"] = inputAddress,
            },
        };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties,
            TestLetters.Envelope(id.ToString(), "Shop.Ctl.Tests.FailingShop:ChargeCard"));
        return id;
    }

    /// <summary>The messages ready in <paramref name="queue"/>, or null when it does not exist.</summary>
    public async Task<uint?> CountAsync(string queue)
    {
        await using var channel = await _probe.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>Waits for the consumers' failures to land: until <paramref name="queue"/> holds <paramref name="count"/> messages.</summary>
    public async Task WaitForCountAsync(string queue, uint count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CountAsync(queue) != count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{queue} holds {await CountAsync(queue)} messages, not {count}");
            await Task.Delay(50);
        }
    }

    /// <summary>Reads every message of <paramref name="queue"/> and gives them all back (closing the channel returns them).</summary>
    public async Task<IReadOnlyList<DeadLetter>> PeekAsync(string queue)
    {
        var letters = new List<DeadLetter>();
        await using var channel = await _probe.CreateChannelAsync();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } result)
            letters.Add(DeadLetter.From(queue, result.BasicProperties, result.Body.ToArray()));
        await channel.CloseAsync();
        return letters;
    }

    public async ValueTask DisposeAsync()
    {
        await _probe.CloseAsync();
        _probe.Dispose();
        await _host.StopAsync();
        _host.Dispose();
        await Vhost.DisposeAsync();
    }
}
