using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Shop.Sandbox;
using Shop.Testing;
using Xunit.Abstractions;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// The shop's promises through a bad day: many customers go through the whole journey (checkout, receipt, accepted,
/// shipped, delivered) while the test SIGKILLs every worker in turn and crashes PostgreSQL once and RabbitMQ once, on a
/// PostgreSQL and a RabbitMQ of its own. At the end every confirmed checkout is exactly one order, every customer got one
/// receipt and one message per status change, no update is left unanswered, and whatever reached an error queue was
/// replayed cleanly by an operator running shopctl.
/// </summary>
public abstract class BusyDayWithCrashes(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The failure policy's settings for every worker in this run.</summary>
    protected abstract IReadOnlyDictionary<string, string?> FailureSettings { get; }

    const int Customers = 15;

    /// <summary>Customers arrive one after another all through the crashes, so every crash lands on journeys under way.</summary>
    static readonly TimeSpan Arrivals = TimeSpan.FromSeconds(7);
    const long OwnerId = 1001;
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    static readonly string[] Workers = ["Shop.Scheduler", "Shop.Notifier", "Shop.Cart", "Shop.Catalog", "Shop.Ordering", "Shop.Access", "Shop.Ingress"];

    readonly List<RunningWorker> _workers = [];
    readonly List<string> _crashes = [];
    int _replayed;
    readonly Stopwatch _clock = Stopwatch.StartNew();
    PrivateServices _services = null!;
    WebApplication _sandboxApp = null!;
    SandboxClient _sandbox = null!;

    public async Task InitializeAsync()
    {
        _services = await PrivateServices.StartAsync();
        var token = TestHosts.NewBotToken();
        _sandboxApp = await TestHosts.StartSandboxAsync(token);
        var sandboxUri = _sandboxApp.GetBaseAddress();
        _sandbox = new SandboxClient(new HttpClient { BaseAddress = sandboxUri });
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = sandboxUri.ToString().TrimEnd('/'),
            ["Telegram:UpdateMode"] = "Polling",
            ["Ingress:PollTimeoutSeconds"] = "2",
            ["Shop:OwnerIds"] = OwnerId.ToString(),
            ["Shop:Sandbox"] = "true",
            ["ConnectionStrings:Postgres"] = _services.Postgres,
            ["ConnectionStrings:RabbitMq"] = _services.RabbitMq,
        };
        foreach (var (key, value) in FailureSettings) settings[key] = value;
        foreach (var name in Workers)
        {
            var worker = new RunningWorker(name, settings);
            await worker.StartAsync();
            _workers.Add(worker);
        }
    }

    [Fact]
    public async Task Every_order_is_placed_once_every_message_arrives_once_and_nothing_is_lost()
    {
        var owner = await _sandbox.CreateUserAsync("Olga", id: OwnerId);
        await _sandbox.SendTextAsync(owner.Id, "/start");
        await _sandbox.WaitForAsync(owner.Id, e => e.Kind == "sent", patience: Patience);
        var productId = Guid.Parse((await _services.TextAsync(
            "SELECT id::text FROM catalog.products WHERE active AND stock >= 50 ORDER BY title LIMIT 1"))!);
        var stockBefore = await _services.ScalarAsync($"SELECT stock FROM catalog.products WHERE id = '{productId}'");

        var customers = new List<long>();
        for (var i = 0; i < Customers; i++) customers.Add((await _sandbox.CreateUserAsync($"Busy{i}")).Id);
        var journeys = customers.Select(async (customer, i) =>
        {
            await Task.Delay(Arrivals * i);
            var number = await new CustomerCheckout(_sandbox, customer, Patience).RunAsync(productId);
            await FulfilAsync(customer, number);
            return number;
        }).ToList();
        var chaos = ChaosAsync();
        using var shiftOver = new CancellationTokenSource();
        var operatorShift = OperatorAsync(shiftOver.Token);

        string[] numbers;
        List<string> crashes;
        TimeSpan lastDone;
        try
        {
            numbers = await Task.WhenAll(journeys);
            lastDone = _clock.Elapsed;
            crashes = await chaos;
            await shiftOver.CancelAsync();
            await operatorShift;
        }
        catch
        {
            await ReportAsync(chaos);
            throw;
        }

        // Anything still in flight after a crash (a redelivery, an outbox sweep) has time to land twice if it were going to.
        await Task.Delay(TimeSpan.FromSeconds(8));
        _replayed += await ReplayDeadLettersAsync(mustSucceed: true);
        var replayed = _replayed;
        await Task.Delay(TimeSpan.FromSeconds(5));

        var receipts = 0;
        var updates = 0;
        long pending;
        try
        {
            foreach (var customer in customers)
            {
                var texts = (await _sandbox.GetMessagesAsync(customer)).Select(m => m.Text ?? m.Caption ?? "").ToList();
                Assert.Equal(1, await _services.ScalarAsync($"SELECT count(*) FROM ordering.orders WHERE customer_id = {customer}"));
                Assert.True(texts.Count(t => t.Contains("🧾 Order #")) == 1, $"customer {customer}: {string.Join(" | ", texts)}");
                foreach (var update in new[] { "was accepted", "is on its way", "is delivered" })
                    Assert.True(texts.Count(t => t.Contains(update)) == 1, $"customer {customer}, '{update}': {string.Join(" | ", texts)}");
                receipts++;
                updates += 3;
            }
            Assert.Equal(Customers, numbers.Distinct().Count());
            Assert.Equal(Customers, await _services.ScalarAsync("SELECT count(*) FROM ordering.orders WHERE status = 'Delivered'"));
            Assert.Equal(stockBefore - Customers, await _services.ScalarAsync($"SELECT stock FROM catalog.products WHERE id = '{productId}'"));
            pending = await PendingUpdatesAsync();
            Assert.Equal(0, pending);
            Assert.Empty(await DeadLettersAsync());
        }
        catch
        {
            await ReportAsync(chaos);
            throw;
        }

        output.WriteLine($"crashes: {string.Join(", ", crashes)}");
        output.WriteLine($"checkouts confirmed {numbers.Length}, orders {await _services.ScalarAsync("SELECT count(*) FROM ordering.orders")}, " +
            $"receipts {receipts}, status messages {updates}, updates unanswered {pending}, dead letters replayed {replayed}, " +
            $"last journey done at {lastDone.TotalSeconds:0}s, took {_clock.Elapsed.TotalSeconds:0}s");
    }

    /// <summary>What happened when, and what each process said last, for whoever reads a failure.</summary>
    async Task ReportAsync(Task chaos)
    {
        output.WriteLine($"failed at {_clock.Elapsed.TotalSeconds:0}s after: {string.Join(", ", _crashes)}");
        // Where a message may have stopped: consumed but its outbox not delivered, or updates the ingress never acknowledged.
        try
        {
            foreach (var schema in new[] { "cart", "catalog", "ordering", "access" })
                output.WriteLine($"{schema}: outbox messages waiting {await _services.ScalarAsync($"SELECT count(*) FROM {schema}.outbox_message")}, " +
                    $"consumed but undelivered {await _services.ScalarAsync($"SELECT count(*) FROM {schema}.inbox_state WHERE consumed IS NOT NULL AND delivered IS NULL")}");
            output.WriteLine($"updates unanswered {await PendingUpdatesAsync()}; dead letters {string.Join(", ", await DeadLettersAsync())}");
        }
        catch (Exception e)
        {
            output.WriteLine($"(the state could not be read: {e.Message})");
        }
        if (chaos.IsFaulted) output.WriteLine($"the crashes themselves failed: {chaos.Exception}");
        foreach (var worker in _workers) output.WriteLine($"--- {worker.Name}\n{worker.Tail}");
        // Whole logs for a closer look: SHOP_TEST_LOGS names a folder.
        if (Environment.GetEnvironmentVariable("SHOP_TEST_LOGS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var worker in _workers) File.WriteAllText(Path.Combine(folder, $"{GetType().Name}.{worker.Name}.log"), worker.Output);
            output.WriteLine($"whole logs in {folder}");
        }
    }

    /// <summary>The owner accepts, ships and delivers one order from its alert, each step once the customer was told of the last.</summary>
    async Task FulfilAsync(long customer, string number)
    {
        var alert = await _sandbox.WaitForAsync(OwnerId, e => e.Kind == "sent" && e.Text!.Contains($"New order #{number}"), patience: Patience);
        var orderId = alert.ButtonData.First(d => d.StartsWith("o:acc:", StringComparison.Ordinal))["o:acc:".Length..];
        foreach (var (action, told) in new[] { ("acc", "was accepted"), ("shp", "is on its way"), ("dlv", "is delivered") })
        {
            (await _sandbox.PressAsync(OwnerId, alert.MessageId!.Value, $"o:{action}:{orderId}", force: true)).EnsureSuccessStatusCode();
            await _sandbox.WaitForAsync(customer, e => e.Kind == "sent" && e.Text!.Contains($"#{number} {told}"), patience: Patience);
        }
    }

    /// <summary>Every worker killed in turn and restarted; PostgreSQL and RabbitMQ each crashed once and brought back.</summary>
    async Task<List<string>> ChaosAsync()
    {
        var crashes = _crashes;
        async Task Kill(string name)
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            var worker = _workers.Single(w => w.Name == name);
            await worker.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await worker.StartAsync(TimeSpan.FromMinutes(3));
            crashes.Add($"{name} at {_clock.Elapsed.TotalSeconds:0}s");
        }
        async Task Crash(string service)
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await _services.CrashAsync(service);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await _services.UpAsync();
            crashes.Add($"{service} at {_clock.Elapsed.TotalSeconds:0}s");
        }
        _crashes.Add($"customers arriving from {_clock.Elapsed.TotalSeconds:0}s");
        await Kill("Shop.Ordering");
        await Kill("Shop.Notifier");
        await Crash("postgres");
        await Kill("Shop.Cart");
        await Kill("Shop.Catalog");
        await Crash("rabbitmq");
        await Kill("Shop.Scheduler");
        await Kill("Shop.Access");
        await Kill("Shop.Ingress");
        return crashes;
    }

    /// <summary>Replays whatever sits in a dead-letter queue with shopctl, as an operator would, and says how many there were.</summary>
    async Task<int> ReplayDeadLettersAsync(bool mustSucceed)
    {
        var dead = (await DeadLettersAsync()).Sum(q => q.Messages);
        if (dead == 0) return 0;
        foreach (var (queue, messages) in await DeadLettersAsync()) _crashes.Add($"{messages} dead in {queue} at {_clock.Elapsed.TotalSeconds:0}s");
        var ctl = ShopCtl();
        var start = new ProcessStartInfo("dotnet", [ctl, "dlq", "replay", "--all", "--amqp", _services.RabbitMq, "--management", _services.Management])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var said = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (mustSucceed) Assert.True(process.ExitCode == 0, said);
        if (process.ExitCode != 0) _crashes.Add($"shopctl exited {process.ExitCode} at {_clock.Elapsed.TotalSeconds:0}s: {said.Trim().Split('\n')[^1]}");
        return process.ExitCode == 0 ? (int)dead : 0;
    }

    /// <summary>An operator on duty: every few seconds, whatever sits in a dead-letter queue is replayed with shopctl.</summary>
    async Task OperatorAsync(CancellationToken shiftOver)
    {
        while (!shiftOver.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), shiftOver);
                _replayed += await ReplayDeadLettersAsync(mustSucceed: false);
            }
            catch (OperationCanceledException) when (shiftOver.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                // The broker is down this minute (the test crashed it): try again on the next round.
            }
        }
    }

    /// <summary>shopctl as built in its own folder (this project references it, so it is built, in the same configuration).</summary>
    static string ShopCtl()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = output.Parent!.Name;
        for (var dir = output; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shop.sln")))
                return Path.Combine(dir.FullName, "src", "Shop.Ctl", "bin", configuration, output.Name, "shopctl.dll");
        throw new FileNotFoundException("Shop.sln not found above " + AppContext.BaseDirectory);
    }

    async Task<IReadOnlyList<(string Queue, long Messages)>> DeadLettersAsync()
    {
        var management = new Uri(_services.Management);
        var credentials = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo)));
        using var http = new HttpClient { BaseAddress = new Uri(management.GetLeftPart(UriPartial.Authority) + "/") };
        http.DefaultRequestHeaders.Authorization = new("Basic", credentials);
        var queues = await http.GetFromJsonAsync<JsonElement>("api/queues/%2F");
        return queues.EnumerateArray()
            .Select(q => (Name: q.GetProperty("name").GetString()!, Messages: q.TryGetProperty("messages", out var m) ? m.GetInt64() : 0))
            .Where(q => (q.Name.EndsWith("_error", StringComparison.Ordinal) || q.Name.EndsWith("_skipped", StringComparison.Ordinal)) && q.Messages > 0)
            .ToList();
    }

    /// <summary>Updates the sandbox handed out that the ingress has not acknowledged yet.</summary>
    async Task<long> PendingUpdatesAsync()
    {
        var stats = await _sandbox.Http.GetFromJsonAsync<JsonElement>("sandbox/api/stats");
        return stats.GetProperty("webhook").GetProperty("pending_update_count").GetInt64();
    }

    public async Task DisposeAsync()
    {
        foreach (var worker in Enumerable.Reverse(_workers)) await worker.DisposeAsync();
        if (_sandboxApp is not null) await _sandboxApp.DisposeAsync();
        if (_services is not null) await _services.DisposeAsync();
    }
}

/// <summary>The shop as configured, with shorter redelivery intervals: an outage is mostly ridden out by redeliveries.</summary>
[Collection(CrashCollection.Name)]
public sealed class When_every_process_crashes_during_a_busy_day(ITestOutputHelper output) : BusyDayWithCrashes(output)
{
    // Shorter than production's, so what an outage pushed to a later redelivery lands within the test; whatever still
    // reaches an error queue is replayed by the operator.
    protected override IReadOnlyDictionary<string, string?> FailureSettings { get; } = new Dictionary<string, string?>
    {
        ["Failures:Redeliveries"] = "00:00:03,00:00:10,00:00:20",
    };
}

/// <summary>
/// No redeliveries and quick retries that give up at once: whatever a crash makes fail lands in an error queue, and only
/// the operator's replay with shopctl brings it back. Proves that replay completes every journey, once.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class When_every_process_crashes_and_the_operator_replays_every_failure(ITestOutputHelper output) : BusyDayWithCrashes(output)
{
    protected override IReadOnlyDictionary<string, string?> FailureSettings { get; } = new Dictionary<string, string?>
    {
        ["Failures:Retries"] = "00:00:00.200",
        ["Failures:Redeliveries"] = "none",
    };
}
