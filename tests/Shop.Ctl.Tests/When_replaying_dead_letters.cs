using Shop.Ctl.Tests.FailingShop;

namespace Shop.Ctl.Tests;

public sealed class When_replaying_dead_letters : IAsyncLifetime
{
    FailingShopHost _shop = null!;
    Guid _firstCharge;
    Guid _secondCharge;
    Guid _parcel;

    public async Task InitializeAsync()
    {
        _shop = await FailingShopHost.StartAsync();
        _firstCharge = await _shop.ChargeCardAsync();
        _secondCharge = await _shop.ChargeCardAsync();
        _parcel = await _shop.ShipParcelAsync();
        await _shop.WaitForCountAsync(FailingShopHost.ChargeCardErrors, 2);
        await _shop.WaitForCountAsync(FailingShopHost.ShipParcelErrors, 1);
    }

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task A_message_goes_back_to_its_queue_with_its_id_and_without_its_fault_headers()
    {
        _shop.Outage.Failing = false;

        var (code, output) = await _shop.ShopCtlAsync("dlq", "replay", "--id", _firstCharge.ToString());

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Replayed 1 message(s).", output);
        var headers = await _shop.Outage.WaitForAsync(_firstCharge);
        Assert.Equal(1L, HeaderValues.Number(headers, "MT-Replay-Count"));
        Assert.DoesNotContain(headers.Keys, k => k.StartsWith("MT-Fault-", StringComparison.Ordinal));
        Assert.DoesNotContain("MT-Reason", headers.Keys);
        Assert.Equal(1u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
        Assert.False(_shop.Outage.Handled.ContainsKey(_secondCharge));
    }

    [Fact]
    public async Task A_dry_run_lists_what_would_be_replayed_and_changes_nothing()
    {
        _shop.Outage.Failing = false;

        var (code, output) = await _shop.ShopCtlAsync("dlq", "replay", "--all", "--dry-run");

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var id in new[] { _firstCharge, _secondCharge, _parcel }) Assert.Contains(id.ToString(), output);
        Assert.Contains("would replay", output);
        Assert.Contains("Dry run: 3 message(s) would be replayed; nothing was changed.", output);
        Assert.Equal(2u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
        Assert.Equal(1u, await _shop.CountAsync(FailingShopHost.ShipParcelErrors));
        Assert.Empty(_shop.Outage.Handled);
    }

    [Fact]
    public async Task An_exception_type_replays_its_group_only()
    {
        _shop.Outage.Failing = false;

        var (code, _) = await _shop.ShopCtlAsync("dlq", "replay", "--exception", "TimeoutException");

        Assert.Equal(ExitCodes.Ok, code);
        await _shop.Outage.WaitForAsync(_parcel);
        Assert.Equal(0u, await _shop.CountAsync(FailingShopHost.ShipParcelErrors));
        Assert.Equal(2u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
    }

    [Fact]
    public async Task Everything_replayed_empties_the_error_queues_and_is_handled_by_the_fixed_consumers()
    {
        _shop.Outage.Failing = false;

        var (code, output) = await _shop.ShopCtlAsync("dlq", "replay", "--all");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Replayed 3 message(s).", output);
        foreach (var id in new[] { _firstCharge, _secondCharge, _parcel }) await _shop.Outage.WaitForAsync(id);
        Assert.Equal(0u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
        Assert.Equal(0u, await _shop.CountAsync(FailingShopHost.ShipParcelErrors));
    }

    [Fact]
    public async Task A_message_that_fails_again_keeps_its_replay_count_for_the_next_replay()
    {
        // Still failing: the replayed message comes straight back to the error queue.
        await _shop.ShopCtlAsync("dlq", "replay", "--type", "ShipParcel");
        await _shop.WaitForCountAsync(FailingShopHost.ShipParcelErrors, 1);
        var (_, shown) = await _shop.ShopCtlAsync("dlq", "show", _parcel.ToString());
        Assert.Matches(@"│ Replay count\s+│ 1\s+│", shown);

        _shop.Outage.Failing = false;
        await _shop.ShopCtlAsync("dlq", "replay", "--id", _parcel.ToString());

        var headers = await _shop.Outage.WaitForAsync(_parcel);
        Assert.Equal(2L, HeaderValues.Number(headers, "MT-Replay-Count"));
    }

    [Fact]
    public async Task An_id_that_is_not_there_is_not_found_and_nothing_moves()
    {
        var missing = Guid.NewGuid();

        var (code, output) = await _shop.ShopCtlAsync("dlq", "replay", "--id", missing.ToString());

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal($"shopctl: no message with id '{missing}' in any dead-letter queue of virtual host '{_shop.Vhost.Name}'", output.Trim());
        Assert.Equal(2u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
    }

    [Fact]
    public async Task A_queue_that_does_not_exist_is_not_found()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "replay", "--queue", "no-such_error");

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Contains("queue 'no-such_error' does not exist", output);
    }

    [Fact]
    public async Task A_message_whose_queue_is_gone_stays_where_it_is_and_the_exit_code_says_so()
    {
        var orphan = await _shop.PutDeadLetterAsync(FailingShopHost.ChargeCardErrors, $"rabbitmq://localhost/{_shop.Vhost.Name}/retired-queue");
        _shop.Outage.Failing = false;

        var (code, output) = await _shop.ShopCtlAsync("dlq", "replay", "--queue", FailingShopHost.ChargeCardErrors);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Matches($@"│ {orphan}\s+│.*│ retired-queue\s+│ not replayed: queue does not exist\s+│", output);
        Assert.Contains("Replayed 2 message(s); 1 left in place (see above).", output);
        var left = Assert.Single(await _shop.PeekAsync(FailingShopHost.ChargeCardErrors));
        Assert.Equal(orphan.ToString(), left.MessageId);
    }
}
