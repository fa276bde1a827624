using Shop.Ctl.Tests.FailingShop;

namespace Shop.Ctl.Tests;

public sealed class When_showing_a_dead_letter : IAsyncLifetime
{
    FailingShopHost _shop = null!;
    Guid _parcel;

    public async Task InitializeAsync()
    {
        _shop = await FailingShopHost.StartAsync();
        await _shop.ChargeCardAsync();
        _parcel = await _shop.ShipParcelAsync();
        await _shop.ShipParcelAsync();
        await _shop.WaitForCountAsync(FailingShopHost.ChargeCardErrors, 1);
        await _shop.WaitForCountAsync(FailingShopHost.ShipParcelErrors, 2);
    }

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task Its_failure_headers_stack_trace_and_body_are_shown()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "show", _parcel.ToString());

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"│ Queue\s+│ ctl-ship-parcel_error\s+│", output);
        Assert.Matches(@"│ Exception\s+│ System\.TimeoutException\s+│", output);
        Assert.Matches(@"│ Exception message\s+│ the carrier did not answer\s+│", output);
        Assert.Matches($@"│ Input address\s+│ rabbitmq://[^/]+/{_shop.Vhost.Name}/ctl-ship-parcel\s+│", output);
        // The endpoint retries once before giving up.
        Assert.Matches(@"│ Retry count\s+│ 1\s+│", output);
        Assert.Matches(@"│ MT-Fault-ConsumerType\s+│ Shop\.Ctl\.Tests\.FailingShop\.ShipParcelConsumer\s+│", output);
        Assert.Contains("Stack trace", output);
        Assert.Contains("at Shop.Ctl.Tests.FailingShop.ShipParcelConsumer.Consume", output);
        Assert.Contains($"\"messageId\": \"{_parcel}\"", output);
        Assert.Contains("\"address\": \"1 Main Street\"", output);
    }

    [Fact]
    public async Task Showing_gives_the_messages_back()
    {
        await _shop.ShopCtlAsync("dlq", "show", _parcel.ToString());

        Assert.Equal(2u, await _shop.CountAsync(FailingShopHost.ShipParcelErrors));
        Assert.Equal(1u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
    }

    [Fact]
    public async Task An_id_that_is_not_there_is_not_found()
    {
        var missing = Guid.NewGuid();

        var (code, output) = await _shop.ShopCtlAsync("dlq", "show", missing.ToString());

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal($"shopctl: no message with id '{missing}' in any dead-letter queue of virtual host '{_shop.Vhost.Name}'", output.Trim());
    }

    [Fact]
    public async Task A_queue_that_does_not_exist_is_not_found()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "show", _parcel.ToString(), "--queue", "no-such_error");

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal($"shopctl: queue 'no-such_error' does not exist in virtual host '{_shop.Vhost.Name}'", output.Trim());
    }
}
