using System.Text;
using Shop.Ctl.Tests.FailingShop;

namespace Shop.Ctl.Tests;

public sealed class When_listing_dead_letters : IAsyncLifetime
{
    FailingShopHost _shop = null!;

    public async Task InitializeAsync()
    {
        _shop = await FailingShopHost.StartAsync();
        for (var i = 0; i < 3; i++) await _shop.ChargeCardAsync();
        for (var i = 0; i < 2; i++) await _shop.ShipParcelAsync();
        await _shop.SkippedAsync();
        await _shop.WaitForCountAsync(FailingShopHost.ChargeCardErrors, 3);
        await _shop.WaitForCountAsync(FailingShopHost.ShipParcelErrors, 2);
        await _shop.WaitForCountAsync(FailingShopHost.ChargeCardSkipped, 1);
    }

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task Each_dead_letter_queue_is_counted_and_live_queues_are_left_out()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "list");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"│ ctl-charge-card_error\s+│\s+3 │", output);
        Assert.Matches(@"│ ctl-charge-card_skipped\s+│\s+1 │", output);
        Assert.Matches(@"│ ctl-ship-parcel_error\s+│\s+2 │", output);
        Assert.DoesNotMatch(@"│ ctl-charge-card\s+│", output);
    }

    [Fact]
    public async Task Failures_are_grouped_by_message_type_and_exception()
    {
        var (_, output) = await _shop.ShopCtlAsync("dlq", "list");

        Assert.Matches(@"│ Shop\.Ctl\.Tests\.FailingShop:ChargeCard\s+│ System\.InvalidOperationException\s+│\s+3 │ \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ │", output);
        Assert.Matches(@"│ Shop\.Ctl\.Tests\.FailingShop:ShipParcel\s+│ System\.TimeoutException\s+│\s+2 │", output);
        Assert.Matches(@"│ Shop\.Ctl\.Tests\.FailingShop:ShipParcel\s+│ \(skipped: no consumer\)\s+│\s+1 │", output);
    }

    [Fact]
    public async Task Listing_gives_every_message_back()
    {
        await _shop.ShopCtlAsync("dlq", "list");
        await _shop.ShopCtlAsync("dlq", "list");

        Assert.Equal(3u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
        Assert.Equal(2u, await _shop.CountAsync(FailingShopHost.ShipParcelErrors));
        Assert.Equal(1u, await _shop.CountAsync(FailingShopHost.ChargeCardSkipped));
    }

    [Fact]
    public async Task Listing_again_and_again_loses_nothing_under_a_delivery_limit()
    {
        // Each listing gives the messages back, which a quorum queue counts as a delivery; past the limit it would drop them.
        using var body = new StringContent("""{"pattern":"_error$","definition":{"delivery-limit":2},"apply-to":"queues"}""",
            Encoding.UTF8, "application/json");
        (await _shop.Vhost.Management.PutAsync($"api/policies/{_shop.Vhost.Name}/delivery-limit", body)).EnsureSuccessStatusCode();

        for (var i = 0; i < 4; i++) Assert.Equal(ExitCodes.Ok, (await _shop.ShopCtlAsync("dlq", "list")).ExitCode);

        Assert.Equal(3u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
        Assert.Equal(2u, await _shop.CountAsync(FailingShopHost.ShipParcelErrors));
        Assert.All(await _shop.PeekAsync(FailingShopHost.ChargeCardErrors), letter => Assert.Equal("System.InvalidOperationException", letter.ExceptionType));
    }
}
