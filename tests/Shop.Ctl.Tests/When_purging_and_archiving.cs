using Shop.Ctl.Tests.FailingShop;

namespace Shop.Ctl.Tests;

public sealed class When_purging_and_archiving : IAsyncLifetime
{
    // More than ProgressDisplay.Threshold, so archiving goes through the progress display.
    const int Failures = 12;
    readonly List<Guid> _ids = [];
    FailingShopHost _shop = null!;

    public async Task InitializeAsync()
    {
        _shop = await FailingShopHost.StartAsync();
        for (var i = 0; i < Failures; i++) _ids.Add(await _shop.ChargeCardAsync());
        await _shop.WaitForCountAsync(FailingShopHost.ChargeCardErrors, Failures);
    }

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task Purge_with_yes_empties_the_queue()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "purge", FailingShopHost.ChargeCardErrors, "--yes");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains($"Purged {Failures} message(s) from '{FailingShopHost.ChargeCardErrors}'.", output);
        Assert.Equal(0u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
    }

    [Fact]
    public async Task Purge_answered_no_at_the_prompt_deletes_nothing()
    {
        var console = new CapturedConsole("n");

        var (code, output) = await _shop.ShopCtlAsync(console, "dlq", "purge", FailingShopHost.ChargeCardErrors);

        Assert.Equal(ExitCodes.Declined, code);
        Assert.Contains($"Delete {Failures} message(s) from {FailingShopHost.ChargeCardErrors} for good?", output);
        Assert.Equal((uint)Failures, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
    }

    [Fact]
    public async Task Purge_without_yes_and_without_a_terminal_to_ask_is_refused()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "purge", FailingShopHost.ChargeCardErrors);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("add --yes", output);
        Assert.Equal((uint)Failures, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
    }

    [Fact]
    public async Task Purging_a_queue_that_does_not_exist_is_not_found()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "purge", "no-such_error", "--yes");

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal($"shopctl: queue 'no-such_error' does not exist in virtual host '{_shop.Vhost.Name}'", output.Trim());
    }

    [Fact]
    public async Task Archive_moves_every_message_with_its_fault_headers_into_the_archive_queue()
    {
        var (code, output) = await _shop.ShopCtlAsync("dlq", "archive", FailingShopHost.ChargeCardErrors, "--yes");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains($"Archived {Failures} message(s) from '{FailingShopHost.ChargeCardErrors}' to '{FailingShopHost.ChargeCardErrors}_archive'.", output);
        Assert.Equal(0u, await _shop.CountAsync(FailingShopHost.ChargeCardErrors));
        var archived = await _shop.PeekAsync("ctl-charge-card_error_archive");
        Assert.Equal(_ids.Select(id => id.ToString()).Order(), archived.Select(a => a.MessageId).Order());
        Assert.All(archived, a => Assert.Equal("System.InvalidOperationException", a.ExceptionType));
    }

    [Fact]
    public async Task Archive_answered_yes_at_the_prompt_moves_the_messages()
    {
        var console = new CapturedConsole("y");

        var (code, _) = await _shop.ShopCtlAsync(console, "dlq", "archive", FailingShopHost.ChargeCardErrors);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal((uint)Failures, await _shop.CountAsync("ctl-charge-card_error_archive"));
    }

    [Fact]
    public async Task An_archived_message_can_still_be_shown()
    {
        await _shop.ShopCtlAsync("dlq", "archive", FailingShopHost.ChargeCardErrors, "--yes");

        var (code, output) = await _shop.ShopCtlAsync("dlq", "show", _ids[0].ToString(), "--queue", "ctl-charge-card_error_archive");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"│ Exception\s+│ System\.InvalidOperationException\s+│", output);
    }
}
