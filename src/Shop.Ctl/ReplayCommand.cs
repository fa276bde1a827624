using System.CommandLine;
using Spectre.Console;

namespace Shop.Ctl;

/// <summary>
/// <c>dlq replay</c>: sends dead letters back to the queue they failed on, each removed from its dead-letter queue only
/// after the broker confirmed the replayed copy.
/// </summary>
public sealed class ReplayCommand(IAnsiConsole console, CtlOptions options)
{
    readonly Option<string?> _id = new("--id") { Description = "The message with this MessageId" };
    readonly Option<string?> _queue = new("--queue") { Description = "Messages in this dead-letter queue" };
    readonly Option<string?> _type = new("--type") { Description = "Messages of this message type (as dlq list shows it, or the bare name)" };
    readonly Option<string?> _exception = new("--exception") { Description = "Messages that failed with this exception type" };
    readonly Option<bool> _all = new("--all") { Description = "Every message in every dead-letter queue" };
    readonly Option<bool> _dryRun = new("--dry-run") { Description = "List what would be replayed and change nothing" };

    public Command Create()
    {
        var command = new Command("replay", "Send dead letters back to the queue they failed on");
        foreach (var option in new Option[] { _id, _queue, _type, _exception, _all, _dryRun }) command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selection = new ReplaySelection(parse.GetValue(_id), parse.GetValue(_queue), parse.GetValue(_type),
                parse.GetValue(_exception), parse.GetValue(_all));
            selection.Validate();
            await using var session = options.Session(parse);
            return await RunAsync(session, selection, parse.GetValue(_dryRun), cancellationToken);
        });
        return command;
    }

    async Task<int> RunAsync(CtlSession session, ReplaySelection selection, bool dryRun, CancellationToken cancellationToken)
    {
        var queues = selection.Queue is null
            ? await session.DeadLetterQueuesAsync(cancellationToken)
            : [await session.QueueAsync(selection.Queue, cancellationToken)];
        var broker = await session.BrokerAsync(cancellationToken);
        var total = 0L;
        foreach (var queue in queues) total += await broker.CountAsync(queue.Name, cancellationToken) ?? 0;

        var targets = new Dictionary<string, bool>(StringComparer.Ordinal);
        var outcomes = await ProgressDisplay.RunAsync(console, dryRun ? "Reading" : "Replaying", total, async advance =>
        {
            var done = new List<ReplayOutcome>();
            foreach (var queue in queues)
            {
                await using var walk = await broker.WalkAsync(queue, cancellationToken);
                while (await walk.NextAsync(cancellationToken) is { } delivery)
                {
                    advance();
                    if (!selection.Matches(delivery.Letter)) continue;
                    var target = DeadLetterQueues.ReplayTarget(delivery.Letter.InputAddress, queue.Name);
                    if (target == queue.Name)
                    {
                        done.Add(new ReplayOutcome(delivery.Letter, target, "its input address is this dead-letter queue"));
                        continue;
                    }
                    if (!targets.TryGetValue(target, out var exists))
                        targets[target] = exists = await broker.CountAsync(target, cancellationToken) is not null;
                    if (!exists)
                    {
                        done.Add(new ReplayOutcome(delivery.Letter, target, "queue does not exist"));
                        continue;
                    }
                    if (!dryRun) await walk.MoveAsync(delivery, target, OutgoingMessages.ForReplay(delivery.Letter), cancellationToken);
                    done.Add(new ReplayOutcome(delivery.Letter, target, null));
                }
                await walk.ReleaseAsync(cancellationToken);
            }
            return done;
        });

        if (outcomes.Count == 0)
        {
            if (selection.Id is not null)
            {
                var where = selection.Queue is null ? "any dead-letter queue" : $"queue '{selection.Queue}'";
                throw CtlException.NotFound($"no message with id '{selection.Id}' in {where} of virtual host '{session.Addresses.VirtualHost}'");
            }
            console.WriteLine("No dead letters match: nothing to replay.");
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumn("Message id").AddColumn("Message type").AddColumn("Exception")
            .AddColumn("From").AddColumn("To").AddColumn("Result");
        foreach (var outcome in outcomes)
        {
            var result = outcome.Failure is { } failure ? $"[red]not replayed: {Markup.Escape(failure)}[/]"
                : dryRun ? "would replay" : "[green]replayed[/]";
            table.AddRow(Markup.Escape(outcome.Letter.MessageId ?? "-"), Markup.Escape(outcome.Letter.MessageType ?? "-"),
                Markup.Escape(FaultGroups.ExceptionLabel(outcome.Letter)), Markup.Escape(outcome.Letter.Queue),
                Markup.Escape(outcome.Target), result);
        }
        console.Write(table);

        var replayed = outcomes.Count(o => o.Failure is null);
        var failed = outcomes.Count - replayed;
        console.WriteLine(dryRun
            ? $"Dry run: {replayed} message(s) would be replayed{(failed > 0 ? $", {failed} could not be" : "")}; nothing was changed."
            : $"Replayed {replayed} message(s){(failed > 0 ? $"; {failed} left in place (see above)" : "")}.");
        return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
