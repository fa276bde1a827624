using System.CommandLine;
using Spectre.Console;

namespace Shop.Ctl;

/// <summary><c>dlq purge &lt;queue&gt;</c>: deletes every message in a dead-letter (or archive) queue, after asking.</summary>
public sealed class PurgeCommand(IAnsiConsole console, CtlOptions options)
{
    readonly Argument<string> _queue = new("queue") { Description = "The _error, _skipped or _archive queue to empty" };
    readonly Option<bool> _yes = new("--yes", "-y") { Description = "Do not ask for confirmation" };

    public Command Create()
    {
        var command = new Command("purge", "Delete every message in a dead-letter queue");
        command.Arguments.Add(_queue);
        command.Options.Add(_yes);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetRequiredValue(_queue);
            // Only dead letters: a typo must not empty a live queue.
            if (!DeadLetterQueues.IsDeadLetterQueue(name) && !DeadLetterQueues.IsArchive(name))
                throw CtlException.BadArguments($"'{name}' is not a dead-letter queue (its name ends in _error, _skipped or _archive)");
            await using var session = options.Session(parse);
            return await RunAsync(session, name, parse.GetValue(_yes), cancellationToken);
        });
        return command;
    }

    async Task<int> RunAsync(CtlSession session, string name, bool yes, CancellationToken cancellationToken)
    {
        var queue = await session.QueueAsync(name, cancellationToken);
        var broker = await session.BrokerAsync(cancellationToken);
        var count = await broker.CountAsync(queue.Name, cancellationToken) ?? 0;
        if (count == 0)
        {
            console.WriteLine($"Queue '{name}' is already empty.");
            return ExitCodes.Ok;
        }
        if (!Confirmation.Ask(console, $"Delete {count} message(s) from [yellow]{Markup.Escape(name)}[/] for good?", yes))
        {
            console.WriteLine("Nothing was deleted.");
            return ExitCodes.Declined;
        }
        var purged = await broker.PurgeAsync(queue.Name, cancellationToken);
        console.WriteLine($"Purged {purged} message(s) from '{name}'.");
        return ExitCodes.Ok;
    }
}
