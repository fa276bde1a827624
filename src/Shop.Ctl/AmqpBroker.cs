using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Shop.Ctl;

/// <summary>One AMQP connection to the virtual host: counts, purges, and walks through dead-letter queues.</summary>
public sealed class AmqpBroker : IAsyncDisposable
{
    const ushort NotFound = 404;
    readonly IConnection _connection;

    AmqpBroker(IConnection connection) => _connection = connection;

    public static async Task<AmqpBroker> ConnectAsync(BrokerAddresses addresses, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = addresses.Amqp,
            ClientProvidedName = "shopctl",
            // A one-shot tool: a lost connection is an error to report, and unacknowledged messages go back by themselves.
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            return new AmqpBroker(await factory.CreateConnectionAsync(cancellationToken));
        }
        catch (BrokerUnreachableException e)
        {
            var target = Secrets.Redact(addresses.Amqp);
            if (Innermost<AuthenticationFailureException>(e) is not null)
                throw new CtlException(ExitCodes.BrokerUnreachable, $"RabbitMQ at {target} refused the user name or password", e);
            if (Innermost<OperationInterruptedException>(e) is { ShutdownReason.ReplyText: var text } && text.Contains("vhost", StringComparison.OrdinalIgnoreCase))
                throw new CtlException(ExitCodes.NotFound, $"virtual host '{addresses.VirtualHost}' does not exist or is not open to this user", e);
            throw new CtlException(ExitCodes.BrokerUnreachable, $"cannot reach RabbitMQ at {target}: {Secrets.RedactText(InnermostMessage(e))}", e);
        }
    }

    /// <summary>The number of messages ready in <paramref name="queue"/>, or null when there is no such queue.</summary>
    public async Task<uint?> CountAsync(string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel, so each check gets a channel of its own.
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return ok.MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == NotFound)
        {
            return null;
        }
    }

    public async Task<uint> PurgeAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return await channel.QueuePurgeAsync(queue, cancellationToken);
    }

    /// <summary>Declares a durable quorum queue unless a queue of that name is already there (whatever its arguments).</summary>
    public async Task EnsureQueueAsync(string queue, CancellationToken cancellationToken)
    {
        if (await CountAsync(queue, cancellationToken) is not null) return;
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
    }

    /// <summary>Starts taking the messages that are in <paramref name="queue"/> now; see <see cref="QueueWalk"/>.</summary>
    public async Task<QueueWalk> WalkAsync(QueueInfo queue, CancellationToken cancellationToken)
    {
        var count = await CountAsync(queue.Name, cancellationToken)
            ?? throw CtlException.NotFound($"queue '{queue.Name}' does not exist");
        var channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        return new QueueWalk(channel, queue, count);
    }

    static T? Innermost<T>(Exception e) where T : Exception
    {
        T? found = null;
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is T match) found = match;
        }
        return found;
    }

    static string InnermostMessage(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner.Message;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.CloseAsync();
        }
        catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException or IOException)
        {
            // Closing a connection the broker already dropped: anything unacknowledged is back in its queue anyway.
        }
        _connection.Dispose();
    }
}
