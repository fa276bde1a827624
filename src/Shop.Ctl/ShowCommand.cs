using System.CommandLine;
using Spectre.Console;

namespace Shop.Ctl;

/// <summary><c>dlq show &lt;id&gt;</c>: everything about one dead letter, found by its MessageId.</summary>
public sealed class ShowCommand(IAnsiConsole console, CtlOptions options)
{
    readonly Argument<string> _id = new("id") { Description = "The message's MessageId" };
    readonly Option<string?> _queue = new("--queue") { Description = "Look only in this dead-letter or archive queue" };

    public Command Create()
    {
        var command = new Command("show", "Show one dead letter: headers, exception, stack trace and body");
        command.Arguments.Add(_id);
        command.Options.Add(_queue);
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Reading gives every message back, which a live queue's consumers would see as a delay.
            if (parse.GetValue(_queue) is { } name && !DeadLetterQueues.IsDeadLetterQueue(name) && !DeadLetterQueues.IsArchive(name))
                throw CtlException.BadArguments($"--queue: '{name}' is not a dead-letter queue (its name ends in _error, _skipped or _archive)");
            await using var session = options.Session(parse);
            return await RunAsync(session, parse.GetRequiredValue(_id), parse.GetValue(_queue), cancellationToken);
        });
        return command;
    }

    async Task<int> RunAsync(CtlSession session, string id, string? queueName, CancellationToken cancellationToken)
    {
        var queues = queueName is null
            ? await session.DeadLetterQueuesAsync(cancellationToken)
            : [await session.QueueAsync(queueName, cancellationToken)];
        // Connect even with no queue to search: a wrong --amqp should not pass for a missing message.
        var broker = await session.BrokerAsync(cancellationToken);
        foreach (var queue in queues)
        {
            await using var walk = await broker.WalkAsync(queue, cancellationToken);
            DeadLetter? found = null;
            while (found is null && await walk.NextAsync(cancellationToken) is { } delivery)
            {
                if (string.Equals(delivery.Letter.MessageId, id, StringComparison.OrdinalIgnoreCase)) found = delivery.Letter;
            }
            await walk.ReleaseAsync(cancellationToken);
            if (found is null) continue;
            Render(found);
            return ExitCodes.Ok;
        }
        var where = queueName is null ? "any dead-letter queue" : $"queue '{queueName}'";
        throw CtlException.NotFound($"no message with id '{id}' in {where} of virtual host '{session.Addresses.VirtualHost}'");
    }

    void Render(DeadLetter letter)
    {
        var summary = new Table().Title($"Message {Markup.Escape(letter.MessageId ?? "(no id)")}").HideHeaders()
            .AddColumn("Field").AddColumn("Value");
        void Row(string field, string? value) => summary.AddRow(new Text(field), new Text(value ?? "-"));
        Row("Queue", letter.Queue);
        Row("Message type", letter.MessageType);
        Row("Reason", letter.Reason);
        Row("Exception", letter.ExceptionType);
        Row("Exception message", letter.ExceptionMessage);
        Row("Input address", letter.InputAddress);
        // MassTransit writes the retry count only when it retried.
        Row("Retry count", (letter.RetryCount ?? (letter.ExceptionType is null ? null : 0))?.ToString());
        Row("Failed at", Formats.Time(letter.FailedAt));
        Row("Replay count", letter.ReplayCount.ToString());
        Row("Correlation id", letter.Properties.CorrelationId);
        Row("Content type", letter.Properties.ContentType);
        console.Write(summary);

        var headers = new Table().Title("Headers").AddColumn("Name").AddColumn("Value");
        foreach (var (name, value) in letter.Headers.Where(h => h.Key != MassTransitHeaders.StackTrace).OrderBy(h => h.Key, StringComparer.Ordinal))
            headers.AddRow(new Text(name), new Text(HeaderValues.Display(value)));
        console.Write(headers);

        if (letter.StackTrace is not null)
            console.Write(new Panel(new Text(letter.StackTrace)).Header("Stack trace").Expand());
        console.Write(new Panel(new Text(Formats.Body(letter.Body))).Header("Body").Expand());
    }
}
