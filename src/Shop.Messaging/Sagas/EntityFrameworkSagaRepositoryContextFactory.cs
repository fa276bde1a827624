using System.Data;
using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Shop.Messaging.Sagas;

/// <summary>
/// The saga repository of one consume scope: each message runs its saga in one transaction on the scope's own DbContext,
/// holding the instance's row (SELECT ... FOR UPDATE) from load to commit, so events for one saga apply one after another.
/// Anything else added to the same DbContext in the scope (an outbox, an inbox row) commits in that transaction too.
/// When the DbContext's model has the inbox (<see cref="Inbox.AddInbox"/>), a message the saga already applied is skipped.
/// </summary>
public sealed class EntityFrameworkSagaRepositoryContextFactory<TSaga, TContext>(
    TContext db, ISagaConsumeContextFactory<DbContext, TSaga> factory, ILogger<EntityFrameworkSagaRepositoryContextFactory<TSaga, TContext>> logger)
    : ISagaRepositoryContextFactory<TSaga>, IQuerySagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga
    where TContext : DbContext
{
    /// <summary>Enough for a burst of first events racing to insert one instance; a conflict this persistent is a fault.</summary>
    const int MaxAttempts = 10;

    static readonly string InboxConsumer = "saga " + typeof(TSaga).Name;

    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next) where T : class =>
        InTransaction(context, table => next.Send(new EntityFrameworkSagaRepositoryContext<TSaga, T>(db, table, context, factory)));

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        InTransaction(context, async table =>
        {
            var repository = new EntityFrameworkSagaRepositoryContext<TSaga, T>(db, table, context, factory);
            var instances = await repository.LockMatchingAsync(query);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repository, instances));
        });

    public Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken)
        where T : class =>
        asyncMethod(new EntityFrameworkQuerySagaRepositoryContext<TSaga>(db, cancellationToken));

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken)
        where T : class =>
        asyncMethod(new EntityFrameworkQuerySagaRepositoryContext<TSaga>(db, cancellationToken));

    public void Probe(ProbeContext context)
    {
        var scope = context.CreateScope("sagaRepository");
        scope.Set(new { Persistence = "entityFramework", DbContext = typeof(TContext).Name, Locking = "select for update" });
    }

    async Task InTransaction(ConsumeContext context, Func<SagaTable, Task> run)
    {
        var cancellationToken = context.CancellationToken;
        var table = SagaTable.For<TSaga>(db);
        var inbox = db.Model.FindEntityType(typeof(InboxMessage)) is not null && context.MessageId is not null;
        if (db.Database.CurrentTransaction is not null)
        {
            // An outer filter owns the unit of work: it commits, and it decides whether to try again.
            if (inbox && !await db.TryMarkProcessedAsync(context.MessageId!.Value, InboxConsumer, cancellationToken)) return;
            await run(table);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
                try
                {
                    if (inbox && !await db.TryMarkProcessedAsync(context.MessageId!.Value, InboxConsumer, cancellationToken))
                    {
                        logger.LogDebug("Saga {Saga} already applied message {MessageId}", typeof(TSaga).Name, context.MessageId);
                        return;
                    }
                    await run(table);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return;
                }
                catch (Exception e) when (attempt < MaxAttempts && SagaConflicts.IsRetryable(e, table))
                {
                    // The rolled-back attempt's entities (the saga, an outbox's messages) go with it; the next attempt adds its own.
                    db.ChangeTracker.Clear();
                    logger.LogDebug("Saga {Saga} conflicted with another transaction ({Reason}); attempt {Attempt}",
                        typeof(TSaga).Name, e.GetBaseException().Message, attempt);
                }
                catch
                {
                    db.ChangeTracker.Clear();
                    throw;
                }
            }
        });
    }
}
