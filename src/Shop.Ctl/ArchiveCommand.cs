using System.CommandLine;
using Spectre.Console;

namespace Shop.Ctl;

/// <summary>
/// <c>dlq archive &lt;queue&gt;</c>: moves a dead-letter queue's messages, headers and all, into <c>&lt;queue&gt;_archive</c>,
/// each removed only after the broker confirmed its archived copy.
/// </summary>
public sealed class ArchiveCommand(IAnsiConsole console, CtlOptions options)
{
    readonly Argument<string> _queue = new("queue") { Description = "The _error or _skipped queue to archive" };
    readonly Option<bool> _yes = new("--yes", "-y") { Description = "Do not ask for confirmation" };

    public Command Create()
    {
        var command = new Command("archive", "Move every message of a dead-letter queue into <queue>_archive");
        command.Arguments.Add(_queue);
        command.Options.Add(_yes);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetRequiredValue(_queue);
            if (!DeadLetterQueues.IsDeadLetterQueue(name))
                throw CtlException.BadArguments($"'{name}' is not a dead-letter queue (its name ends in _error or _skipped)");
            await using var session = options.Session(parse);
            return await RunAsync(session, name, parse.GetValue(_yes), cancellationToken);
        });
        return command;
    }

    async Task<int> RunAsync(CtlSession session, string name, bool yes, CancellationToken cancellationToken)
    {
        var queue = await session.QueueAsync(name, cancellationToken);
        var broker = await session.BrokerAsync(cancellationToken);
        var archive = DeadLetterQueues.ArchiveOf(name);
        var count = await broker.CountAsync(queue.Name, cancellationToken) ?? 0;
        if (count == 0)
        {
            console.WriteLine($"Queue '{name}' is empty: nothing to archive.");
            return ExitCodes.Ok;
        }
        if (!Confirmation.Ask(console, $"Move {count} message(s) from [yellow]{Markup.Escape(name)}[/] to [yellow]{Markup.Escape(archive)}[/]?", yes))
        {
            console.WriteLine("Nothing was moved.");
            return ExitCodes.Declined;
        }
        await broker.EnsureQueueAsync(archive, cancellationToken);
        var moved = await ProgressDisplay.RunAsync(console, "Archiving", count, async advance =>
        {
            var done = 0;
            await using var walk = await broker.WalkAsync(queue, cancellationToken);
            while (await walk.NextAsync(cancellationToken) is { } delivery)
            {
                await walk.MoveAsync(delivery, archive, OutgoingMessages.ForArchive(delivery.Letter), cancellationToken);
                done++;
                advance();
            }
            await walk.ReleaseAsync(cancellationToken);
            return done;
        });
        console.WriteLine($"Archived {moved} message(s) from '{name}' to '{archive}'.");
        return ExitCodes.Ok;
    }
}
