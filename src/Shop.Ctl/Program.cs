using Shop.Ctl;
using Spectre.Console;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C stops at the next message; what was taken and not moved goes back to its queue.
    e.Cancel = true;
    cancel.Cancel();
};
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
return await ShopCtl.RunAsync(args, AnsiConsole.Console, errors, cancellationToken: cancel.Token);
