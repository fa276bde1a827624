using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Outbox;

/// <summary>
/// Runs one consumed message through MassTransit's outbox pipe in PostgreSQL transactions on the consumer's own
/// <typeparamref name="TDbContext"/>: the first pass calls the consumer, so its changes, its inbox row and every message it
/// sends commit together; later passes (after that commit) send the stored messages to the broker and mark them delivered.
/// Each pass holds the inbox row's lock, so a copy of the message arriving meanwhile waits and then does only what is left.
/// </summary>
public sealed class OutboxContextFactory<TDbContext>(TDbContext db, IServiceProvider provider) : IOutboxContextFactory<TDbContext>
    where TDbContext : DbContext
{
    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        var messageId = context.MessageId ?? throw new MessageException(typeof(T), "The outbox needs messages with a MessageId.");
        var ct = context.CancellationToken;
        var firstPass = true;
        var continueProcessing = true;
        while (continueProcessing)
        {
            // A retried attempt must not see (or save) entities tracked by the attempt that failed.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var inbox = await InboxLock.AcquireAsync(db, messageId, options.ConsumerId, ct);
            if (firstPass)
            {
                inbox.ReceiveCount++;
                inbox.Version++;
                await db.SaveChangesAsync(ct);
                firstPass = false;
            }
            var outboxContext = new OutboxDbConsumeContext<T>(context, options, provider, db, inbox);
            await next.Send(outboxContext);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            continueProcessing = outboxContext.ContinueProcessing;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("shopOutboxContextFactory");
}
