using System.Diagnostics;
using Shop.Testing;

namespace Shop.Ctl.Tests;

/// <summary>The real executable once, to check what the in-process tests cannot: Program.cs, stdout versus stderr, exit codes.</summary>
public sealed class When_run_as_a_process
{
    static async Task<(int ExitCode, string Output, string Errors)> Run(params string[] args)
    {
        // The project's own output, not the copy beside the tests: that one would resolve its dependencies against
        // the test project's (which takes System.Threading.RateLimiting from ASP.NET Core's shared framework).
        var dll = Path.Combine(AppContext.BaseDirectory.Replace(Path.Combine("tests", "Shop.Ctl.Tests"), Path.Combine("src", "Shop.Ctl")), "shopctl.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll }.Concat(args)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task Listing_an_empty_virtual_host_says_so_on_stdout_and_exits_0()
    {
        await using var vhost = await RabbitMqVhost.CreateAsync();

        var (code, output, errors) = await Run("dlq", "list", "--amqp", vhost.AmqpUri, "--management", TestEnvironment.RabbitMqManagement.ToString());

        Assert.Equal(0, code);
        Assert.Contains($"No dead-letter queues in virtual host '{vhost.Name}'.", output);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task An_error_goes_to_stderr_as_one_line_with_its_exit_code()
    {
        var (code, output, errors) = await Run("dlq", "purge", "no-such_error", "--yes",
            "--amqp", TestEnvironment.RabbitMq, "--management", TestEnvironment.RabbitMqManagement.ToString());

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal("", output);
        Assert.Equal("shopctl: queue 'no-such_error' does not exist in virtual host '/'", errors.Trim());
    }
}
