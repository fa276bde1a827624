using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Shop.Ctl;

/// <summary>
/// Takes a queue's messages one at a time with basic.get and no acknowledgement, so the broker keeps holding each one
/// until shopctl decides. <see cref="MoveAsync"/> publishes a copy elsewhere, waits for the broker's confirm and only
/// then acknowledges the original; whatever was not moved goes back to the queue on <see cref="ReleaseAsync"/>, or when
/// the channel closes if shopctl dies first. At worst a message is then in two places, never in none.
/// </summary>
/// <remarks>
/// Giving a message back counts as a delivery in a quorum queue (<c>x-delivery-count</c>). MassTransit sets no delivery
/// limit on its queues and RabbitMQ 3.x has no default one, but a policy may add one: a message that one more return
/// would push over the limit (and so have dropped) is republished to the tail of its own queue and acknowledged instead.
/// </remarks>
public sealed class QueueWalk : IAsyncDisposable
{
    readonly IChannel _channel;
    readonly QueueInfo _queue;
    readonly Dictionary<ulong, Delivery> _held = [];
    uint _taken;

    internal QueueWalk(IChannel channel, QueueInfo queue, uint count)
    {
        _channel = channel;
        _queue = queue;
        Count = count;
    }

    /// <summary>
    /// The messages ready when the walk started. No more than that are taken, so neither new arrivals nor the walk's own
    /// republished messages are read twice.
    /// </summary>
    public uint Count { get; }

    public string Queue => _queue.Name;

    public async Task<Delivery?> NextAsync(CancellationToken cancellationToken)
    {
        if (_taken >= Count) return null;
        var result = await _channel.BasicGetAsync(_queue.Name, autoAck: false, cancellationToken);
        if (result is null) return null;
        _taken++;
        var delivery = new Delivery(result.DeliveryTag, DeadLetter.From(_queue.Name, result.BasicProperties, result.Body.ToArray()));
        _held.Add(delivery.Tag, delivery);
        return delivery;
    }

    /// <summary>Publishes <paramref name="properties"/> and the body to <paramref name="queue"/>, then removes the original.</summary>
    public async Task MoveAsync(Delivery delivery, string queue, BasicProperties properties, CancellationToken cancellationToken)
    {
        // Mandatory, through the default exchange: the message reaches exactly that queue, or the publish fails.
        // The channel tracks confirms, so this returns only once the broker has the copy.
        try
        {
            await _channel.BasicPublishAsync("", queue, mandatory: true, properties, delivery.Letter.Body, cancellationToken);
        }
        catch (PublishException e)
        {
            // Stop here: the original was not acknowledged, so it goes back to its queue with everything else held.
            throw new CtlException(ExitCodes.Failed,
                $"RabbitMQ {(e.IsReturn ? "could not route" : "refused")} the copy of message {delivery.Letter.MessageId ?? "(no id)"} "
                + $"for queue '{queue}'; it stays in '{_queue.Name}'", e);
        }
        await _channel.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken);
        _held.Remove(delivery.Tag);
    }

    /// <summary>Gives back every message taken and not moved.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        foreach (var delivery in _held.Values.Where(WouldExceedDeliveryLimit).ToList())
            await MoveAsync(delivery, _queue.Name, OutgoingMessages.Unchanged(delivery.Letter), cancellationToken);
        if (_held.Count > 0)
            await _channel.BasicNackAsync(_held.Keys.Max(), multiple: true, requeue: true, cancellationToken);
        _held.Clear();
    }

    bool WouldExceedDeliveryLimit(Delivery delivery) =>
        _queue.DeliveryLimit is { } limit && delivery.Letter.DeliveryCount + 1 >= limit;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_channel.IsOpen) await _channel.CloseAsync();
        }
        catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException)
        {
            // Already closed by the broker: what we held is back in the queue.
        }
        _channel.Dispose();
    }
}
