namespace Shop.Ctl.Tests;

/// <summary>Mistakes caught before any connection: nothing here needs a broker.</summary>
public sealed class When_the_command_line_is_wrong
{
    // Nothing listens there: a test that got past argument checking would fail to connect, not pass by accident.
    static readonly string[] Nowhere = ["--amqp", "amqp://guest:guest@127.0.0.1:1/", "--management", "http://guest:guest@127.0.0.1:1"];

    static async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        var console = new CapturedConsole();
        var code = await ShopCtl.RunAsync([.. args, .. Nowhere], console);
        return (code, console.Output);
    }

    [Fact]
    public async Task An_unknown_command_is_a_bad_argument_with_a_hint()
    {
        var (code, output) = await Run("dlq", "lst");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("shopctl: Unrecognized command or argument 'lst'", output);
        Assert.Contains("shopctl --help", output);
    }

    [Fact]
    public async Task Show_without_an_id_is_a_bad_argument()
    {
        var (code, _) = await Run("dlq", "show");

        Assert.Equal(ExitCodes.BadArguments, code);
    }

    [Fact]
    public async Task Replay_without_a_selector_is_a_bad_argument()
    {
        var (code, output) = await Run("dlq", "replay");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("shopctl: say what to replay: --id, --queue, --type, --exception, or --all", output.Trim());
    }

    [Theory]
    [InlineData("purge")]
    [InlineData("archive")]
    public async Task Purging_or_archiving_a_live_queue_is_refused(string command)
    {
        var (code, output) = await Run("dlq", command, "charge-card", "--yes");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("'charge-card' is not a dead-letter queue", output);
    }

    [Fact]
    public async Task A_malformed_broker_uri_is_a_bad_argument()
    {
        var console = new CapturedConsole();

        var code = await ShopCtl.RunAsync(["dlq", "list", "--amqp", "rabbit:5672"], console);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith("shopctl: --amqp:", console.Output);
    }

    [Fact]
    public async Task Help_lists_the_dead_letter_commands()
    {
        var (code, output) = await Run("dlq", "--help");

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var command in new[] { "list", "show", "replay", "purge", "archive" }) Assert.Contains(command, output);
    }
}
