using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Sagas;

/// <summary>
/// One message's view of the saga table, inside the transaction the factory opened. Changes are only tracked here;
/// the factory saves and commits them together with anything else the consume scope added to the same DbContext.
/// </summary>
sealed class EntityFrameworkSagaRepositoryContext<TSaga, TMessage>(
    DbContext db, SagaTable table, ConsumeContext<TMessage> context, ISagaConsumeContextFactory<DbContext, TSaga> factory)
    : ConsumeContextScope<TMessage>(context), SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISaga
    where TMessage : class
{
    // A query may match several instances, which MassTransit then runs at the same time; the change tracker is not thread-safe.
    readonly SemaphoreSlim _tracker = new(1, 1);

    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        factory.CreateSagaConsumeContext(db, this, instance, SagaConsumeContextMode.Add);

    /// <summary>Inserts before the event runs (state machines with InsertOnInitial); null when the row already exists.</summary>
    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        // A failed statement aborts a PostgreSQL transaction, so the attempt gets a savepoint to fall back to.
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Insert needs the repository's transaction.");
        await transaction.CreateSavepointAsync("saga_insert", CancellationToken);
        var entry = db.Add(instance);
        try
        {
            await db.SaveChangesAsync(CancellationToken);
        }
        catch (DbUpdateException e) when (SagaConflicts.IsRetryable(e, table))
        {
            await transaction.RollbackToSavepointAsync("saga_insert", CancellationToken);
            entry.State = EntityState.Detached;
            return null!;
        }
        return await factory.CreateSagaConsumeContext(db, this, instance, SagaConsumeContextMode.Insert);
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId)
    {
        var instance = await LockAsync(correlationId);
        return instance is null ? null! : await factory.CreateSagaConsumeContext(db, this, instance, SagaConsumeContextMode.Load);
    }

    /// <summary>Loads the instance and holds its row lock until the transaction ends; null when there is none.</summary>
    public async Task<TSaga?> LockAsync(Guid correlationId)
    {
        // ToListAsync, not SingleOrDefault: EF must send the statement as written, not wrap it in a subquery.
        var rows = await db.Set<TSaga>().FromSqlRaw(table.LockOne, correlationId).AsTracking().ToListAsync(CancellationToken);
        return rows.SingleOrDefault();
    }

    /// <summary>Finds the instances a query matches and locks them; a row changed while we waited is checked again.</summary>
    public async Task<IReadOnlyList<TSaga>> LockMatchingAsync(ISagaQuery<TSaga> query)
    {
        var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression)
            .Select(s => EF.Property<Guid>(s, nameof(ISaga.CorrelationId))).ToArrayAsync(CancellationToken);
        if (ids.Length == 0) return [];
        var locked = await db.Set<TSaga>().FromSqlRaw(table.LockMany, ids).AsTracking().ToListAsync(CancellationToken);
        var filter = query.GetFilter();
        var matching = new List<TSaga>(locked.Count);
        foreach (var instance in locked)
        {
            if (filter(instance)) matching.Add(instance);
            else db.Entry(instance).State = EntityState.Detached;
        }
        return matching;
    }

    public Task Save(SagaConsumeContext<TSaga> context) => Track(() => db.Add(context.Saga));

    public Task Update(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task Delete(SagaConsumeContext<TSaga> context) => Track(() => db.Remove(context.Saga));

    public Task Discard(SagaConsumeContext<TSaga> context) => Track(() => db.Entry(context.Saga).State = EntityState.Detached);

    public Task Undo(SagaConsumeContext<TSaga> context) => Track(() =>
    {
        var entry = db.Entry(context.Saga);
        entry.CurrentValues.SetValues(entry.OriginalValues);
        entry.State = EntityState.Unchanged;
    });

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance,
        SagaConsumeContextMode mode) where T : class =>
        factory.CreateSagaConsumeContext(db, consumeContext, instance, mode);

    async Task Track(Action change)
    {
        await _tracker.WaitAsync(CancellationToken);
        try
        {
            change();
        }
        finally
        {
            _tracker.Release();
        }
    }
}
