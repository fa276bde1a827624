using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Shop.Sandbox;
using Shop.Testing;

namespace Shop.EndToEnd.Tests;

/// <summary>
/// The shop's promise under crashes: every worker runs as a process of its own, and while many customers check out the
/// test kills the Ordering worker (and then the Notifier) with SIGKILL and starts it again. Afterwards every confirmed
/// checkout is exactly one order and every customer got exactly one receipt.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class When_workers_are_killed_mid_checkout : IAsyncLifetime
{
    const int Customers = 12;
    const long OwnerId = 1001;

    readonly List<RunningWorker> _workers = [];
    RabbitMqVhost _vhost = null!;
    PostgresDatabase _database = null!;
    WebApplication _sandboxApp = null!;
    SandboxClient _sandbox = null!;

    public async Task InitializeAsync()
    {
        var token = TestHosts.NewBotToken();
        _vhost = await RabbitMqVhost.CreateAsync();
        _database = await PostgresDatabase.CreateAsync();
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
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _vhost.AmqpUri,
        };
        foreach (var name in new[] { "Shop.Scheduler", "Shop.Notifier", "Shop.Cart", "Shop.Catalog", "Shop.Ordering", "Shop.Ingress" })
        {
            var worker = new RunningWorker(name, settings);
            await worker.StartAsync();
            _workers.Add(worker);
        }
    }

    RunningWorker Worker(string name) => _workers.Single(w => w.Name == name);

    [Fact]
    public async Task Every_confirmed_checkout_is_one_order_with_one_receipt()
    {
        var owner = await _sandbox.CreateUserAsync("Olga", id: OwnerId);
        await _sandbox.SendTextAsync(owner.Id, "/start");
        var productId = Guid.Parse((await _database.TextAsync(
            "SELECT id::text FROM catalog.products WHERE active AND stock >= 50 ORDER BY title LIMIT 1"))!);
        var confirmed = new ConcurrentBag<long>();
        var journeys = Enumerable.Range(0, Customers).Select(async i =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(400 * i));
            var customer = await _sandbox.CreateUserAsync($"Crash{i}");
            await new CustomerCheckout(_sandbox, customer.Id, TimeSpan.FromMinutes(2)).RunAsync(productId);
            confirmed.Add(customer.Id);
        }).ToList();

        // Crash the Ordering worker while checkouts are under way, then the Notifier, each restarted as a supervisor would.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await Worker("Shop.Ordering").KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await Worker("Shop.Ordering").StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await Worker("Shop.Notifier").KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        await Worker("Shop.Notifier").StartAsync();
        await Task.WhenAll(journeys);

        Assert.Equal(Customers, confirmed.Count);
        foreach (var customerId in confirmed)
        {
            var receipt = await _sandbox.WaitForAsync(customerId, e => e.Kind == "sent" && e.Text!.Contains("🧾 Order #"), patience: TimeSpan.FromMinutes(2));
            Assert.NotNull(receipt);
        }
        // Anything still in flight (a redelivery after the crash) has had time to land twice if it were going to.
        await Task.Delay(TimeSpan.FromSeconds(5));
        foreach (var customerId in confirmed)
        {
            Assert.Equal(1, await _database.ScalarAsync($"SELECT count(*) FROM ordering.orders WHERE customer_id = {customerId} AND status = 'Placed'"));
            var receipts = (await _sandbox.GetMessagesAsync(customerId)).Count(m => m.Text?.Contains("🧾 Order #") == true);
            Assert.True(receipts == 1, $"customer {customerId} got {receipts} receipts");
        }
        Assert.Equal(Customers, await _database.ScalarAsync("SELECT count(DISTINCT number) FROM ordering.orders WHERE status = 'Placed'"));
        // The owner's chat is paced to Telegram's one message a second per chat: the alerts trickle in.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (await AlertsAsync() < Customers && DateTime.UtcNow < deadline) await Task.Delay(500);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(Customers, await AlertsAsync());
    }

    async Task<int> AlertsAsync() => (await _sandbox.GetMessagesAsync(OwnerId)).Count(m => m.Text?.Contains("New order #") == true);


    public async Task DisposeAsync()
    {
        foreach (var worker in Enumerable.Reverse(_workers)) await worker.DisposeAsync();
        await _sandboxApp.DisposeAsync();
        await _database.DisposeAsync();
        await _vhost.DisposeAsync();
    }
}
