using MassTransit;
using MassTransit.Context;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Outbox;

/// <summary>
/// The consume context a consumer on an outbox endpoint sees: what it sends or publishes becomes an <see cref="OutboxMessage"/>
/// row in its DbContext's transaction, and the inbox row it works under says how far this message has got.
/// </summary>
public sealed class OutboxDbConsumeContext<TMessage>(ConsumeContext<TMessage> context, OutboxConsumeOptions options,
    IServiceProvider provider, DbContext db, InboxState inbox)
    : OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TMessage : class
{
    public override bool ContinueProcessing { get; set; } = true;

    public override bool IsMessageConsumed => inbox.Consumed.HasValue;

    public override bool IsOutboxDelivered => inbox.Delivered.HasValue;

    public override int ReceiveCount => inbox.ReceiveCount;

    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    public override Task SetConsumed()
    {
        inbox.Consumed = DateTimeOffset.UtcNow;
        return SaveAsync();
    }

    public override Task SetDelivered()
    {
        inbox.Delivered = DateTimeOffset.UtcNow;
        return SaveAsync();
    }

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        inbox.LastSequenceNumber = message.SequenceNumber;
        return SaveAsync();
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var last = inbox.LastSequenceNumber ?? 0;
        // One more than the limit tells the pipe whether this pass empties the outbox.
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId && m.SequenceNumber > last)
            .OrderBy(m => m.SequenceNumber)
            .Take(Options.MessageDeliveryLimit + 1)
            .ToListAsync(CancellationToken);
        return rows.Select(OutboxMessageContext (row) => StoredOutboxMessage.From(row)).ToList();
    }

    public override Task RemoveOutboxMessages() =>
        db.Set<OutboxMessage>()
            .Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId)
            .ExecuteDeleteAsync(CancellationToken);

    public override async Task AddSend<T>(SendContext<T> context)
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "An outbox message needs a MessageId.");
        var destination = context.DestinationAddress ?? throw new MessageException(typeof(T), "An outbox message needs a DestinationAddress.");
        var now = DateTimeOffset.UtcNow;
        var properties = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        if (context is TransportSendContext<T> transport) transport.WritePropertiesTo(properties);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = messageId,
            InboxMessageId = inbox.MessageId,
            InboxConsumerId = inbox.ConsumerId,
            ConversationId = context.ConversationId,
            CorrelationId = context.CorrelationId,
            InitiatorId = context.InitiatorId,
            RequestId = context.RequestId,
            DestinationAddress = destination.ToString(),
            SourceAddress = context.SourceAddress?.ToString(),
            ResponseAddress = context.ResponseAddress?.ToString(),
            FaultAddress = context.FaultAddress?.ToString(),
            ContentType = (context.ContentType ?? context.Serialization.DefaultContentType).ToString(),
            Body = context.Serializer.GetMessageBody(context).GetString(),
            Headers = StoredOutboxMessage.Serialize(context.Headers.GetAll()),
            Properties = StoredOutboxMessage.Serialize(properties),
            SentTime = context.SentTime is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : now,
            ExpirationTime = context.TimeToLive is { } ttl ? now + ttl : null,
            Created = now,
        });
        // Saved at once so that sequence numbers follow the order of the calls; EF Core does not promise to keep the
        // order of inserts within one SaveChanges. The consumer's own pending changes are flushed too, in the same transaction.
        await db.SaveChangesAsync(CancellationToken);
    }

    Task SaveAsync()
    {
        inbox.Version++;
        return db.SaveChangesAsync(CancellationToken);
    }
}
