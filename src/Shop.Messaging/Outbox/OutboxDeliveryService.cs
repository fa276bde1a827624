using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Shop.Messaging.Outbox;

/// <summary>
/// The safety net of one worker's outbox: delivers what a consumer committed but never sent (its process died between
/// commit and delivery, or delivery failed and the message went to the error queue), and forgets inbox rows older
/// than the duplicate detection window. Several instances sweep side by side: each inbox row is taken with
/// <c>FOR UPDATE SKIP LOCKED</c>, so one message's outbox is delivered by one of them, in order.
/// </summary>
public sealed class OutboxDeliveryService<TDbContext>(IServiceScopeFactory scopes, IBus bus, IOptions<OutboxOptions> options,
    ILogger<OutboxDeliveryService<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.SweepInterval);
        try
        {
            do
            {
                try
                {
                    await SweepAsync(settings, stoppingToken);
                    await ForgetDeliveredAsync(settings, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Outbox sweep of {Database} failed; trying again in {Interval}", typeof(TDbContext).Name, settings.SweepInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Delivers every abandoned outbox once; returns how many inbox messages it delivered.</summary>
    public async Task<int> SweepAsync(OutboxOptions settings, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var abandonedBefore = DateTimeOffset.UtcNow - settings.DeliverAfter;
        var due = await db.Set<InboxState>().AsNoTracking()
            .Where(i => i.Consumed != null && i.Delivered == null && i.Consumed <= abandonedBefore)
            .OrderBy(i => i.Consumed)
            .Take(settings.SweepBatchSize)
            .Select(i => new { i.MessageId, i.ConsumerId })
            .ToListAsync(ct);
        var delivered = 0;
        foreach (var inbox in due)
        {
            try
            {
                if (await DeliverAsync(db, inbox.MessageId, inbox.ConsumerId, ct)) delivered++;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // One message the broker refuses must not hold up the others; it is tried again next sweep.
                logger.LogWarning(e, "Outbox of message {MessageId} in {Database} could not be delivered", inbox.MessageId, typeof(TDbContext).Name);
            }
        }
        return delivered;
    }

    async Task<bool> DeliverAsync(DbContext db, Guid messageId, Guid consumerId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var inbox = await InboxLock.TryAcquireUndeliveredAsync(db, messageId, consumerId, ct);
        if (inbox is null) return false; // delivered meanwhile, or being delivered by its consumer or another sweeper
        var messages = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.InboxMessageId == messageId && m.InboxConsumerId == consumerId && m.SequenceNumber > (inbox.LastSequenceNumber ?? 0))
            .OrderBy(m => m.SequenceNumber)
            .ToListAsync(ct);
        foreach (var row in messages)
        {
            var message = StoredOutboxMessage.From(row);
            var endpoint = await bus.GetSendEndpoint(message.DestinationAddress!);
            // The pipe replaces this placeholder with the stored body, headers and ids.
            await endpoint.Send(new StoredMessage(), new OutboxMessageSendPipe(message, message.DestinationAddress), ct);
        }
        inbox.LastSequenceNumber = messages.Count > 0 ? messages[^1].SequenceNumber : inbox.LastSequenceNumber;
        inbox.Delivered = DateTimeOffset.UtcNow;
        inbox.Version++;
        await db.SaveChangesAsync(ct);
        await db.Set<OutboxMessage>().Where(m => m.InboxMessageId == messageId && m.InboxConsumerId == consumerId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Outbox sweeper delivered {Count} messages of message {MessageId} in {Database}",
            messages.Count, messageId, typeof(TDbContext).Name);
        return true;
    }

    async Task ForgetDeliveredAsync(OutboxOptions settings, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var before = DateTimeOffset.UtcNow - settings.DuplicateDetectionWindow;
        // Outbox rows left behind by a delivery cut short before its clean-up go with their inbox row (cascade).
        await db.Set<InboxState>().Where(i => i.Delivered != null && i.Delivered < before).ExecuteDeleteAsync(ct);
    }

    sealed class StoredMessage;
}
