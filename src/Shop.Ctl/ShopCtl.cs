using System.CommandLine;
using RabbitMQ.Client.Exceptions;
using Spectre.Console;

namespace Shop.Ctl;

/// <summary>The shopctl command line, callable in-process: tests run it against their own console.</summary>
public static class ShopCtl
{
    /// <summary>
    /// Parses <paramref name="args"/>, runs the command and returns the exit code. Results go to <paramref name="console"/>,
    /// errors as one line each to <paramref name="errors"/> (the same console when not given).
    /// </summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, IAnsiConsole? errors = null,
        Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        errors ??= console;
        var root = Commands(console, new CtlOptions(environment ?? Environment.GetEnvironmentVariable));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Error(errors, error.Message);
            Error(errors, "see 'shopctl --help'");
            return ExitCodes.BadArguments;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Profile.Out.Writer,
                Error = errors.Profile.Out.Writer,
                // Failures are reported here, as one line; System.CommandLine's handler would print a stack trace.
                EnableDefaultExceptionHandler = false,
            }, cancellationToken);
        }
        catch (CtlException e)
        {
            Error(errors, e.Message);
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Error(errors, "cancelled; messages not yet moved stay where they were");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException)
        {
            // Mid-run: whatever was taken and not yet moved is back in its queue.
            Error(errors, $"RabbitMQ closed the connection: {Secrets.RedactText(e.Message)}");
            return ExitCodes.BrokerUnreachable;
        }
        catch (Exception e)
        {
            Error(errors, $"{e.GetType().Name}: {Secrets.RedactText(e.Message)}");
            return ExitCodes.Failed;
        }
    }

    static RootCommand Commands(IAnsiConsole console, CtlOptions options)
    {
        var dlq = new Command("dlq", "Work with dead letters: MassTransit's _error and _skipped queues");
        dlq.Subcommands.Add(new ListCommand(console, options).Create());
        dlq.Subcommands.Add(new ShowCommand(console, options).Create());
        dlq.Subcommands.Add(new ReplayCommand(console, options).Create());
        dlq.Subcommands.Add(new PurgeCommand(console, options).Create());
        dlq.Subcommands.Add(new ArchiveCommand(console, options).Create());

        var root = new RootCommand("shopctl: operators' tool for the Shop's RabbitMQ");
        root.Options.Add(options.Amqp);
        root.Options.Add(options.Management);
        root.Subcommands.Add(dlq);
        return root;
    }

    // Straight to the writer: one line whatever the terminal's width, and never parsed as markup.
    static void Error(IAnsiConsole errors, string message) => errors.Profile.Out.Writer.WriteLine($"shopctl: {message}");
}
