using System.CommandLine;
using Spectre.Console;

namespace Shop.Ctl;

/// <summary><c>dlq list</c>: the dead-letter queues with their counts, then the failures grouped by message and exception type.</summary>
public sealed class ListCommand(IAnsiConsole console, CtlOptions options)
{
    public Command Create()
    {
        var command = new Command("list", "List the _error and _skipped queues and group their messages by message and exception type");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = options.Session(parse);
            return await RunAsync(session, cancellationToken);
        });
        return command;
    }

    async Task<int> RunAsync(CtlSession session, CancellationToken cancellationToken)
    {
        var queues = await session.DeadLetterQueuesAsync(cancellationToken);
        // Connect even with nothing to read: a wrong --amqp should not pass for an empty broker.
        var broker = await session.BrokerAsync(cancellationToken);
        if (queues.Count == 0)
        {
            console.WriteLine($"No dead-letter queues in virtual host '{session.Addresses.VirtualHost}'.");
            return ExitCodes.Ok;
        }

        var counts = new List<(QueueInfo Queue, uint Count)>();
        var letters = new List<DeadLetter>();
        foreach (var queue in queues)
        {
            await using var walk = await broker.WalkAsync(queue, cancellationToken);
            counts.Add((queue, walk.Count));
            while (await walk.NextAsync(cancellationToken) is { } delivery) letters.Add(delivery.Letter);
            await walk.ReleaseAsync(cancellationToken);
        }

        console.WriteLine($"Virtual host '{session.Addresses.VirtualHost}'");
        var queueTable = new Table().AddColumn("Dead-letter queue").AddColumn(new TableColumn("Messages").RightAligned());
        foreach (var (queue, count) in counts) queueTable.AddRow(Markup.Escape(queue.Name), count.ToString());
        console.Write(queueTable);

        if (letters.Count == 0)
        {
            console.WriteLine("No dead letters.");
            return ExitCodes.Ok;
        }
        var groups = new Table().Title("Failures by message type and exception")
            .AddColumn("Message type").AddColumn("Exception").AddColumn(new TableColumn("Count").RightAligned())
            .AddColumn("First").AddColumn("Last").AddColumn("Queues");
        foreach (var group in FaultGroups.Of(letters))
        {
            groups.AddRow(Markup.Escape(group.MessageType), Markup.Escape(group.ExceptionType), group.Count.ToString(),
                Formats.Time(group.First), Formats.Time(group.Last), Markup.Escape(string.Join(", ", group.Queues)));
        }
        console.Write(groups);
        return ExitCodes.Ok;
    }
}
