using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Sagas;

/// <summary>Reads saga instances outside a message (ISagaRepository's Find and Load, the test harness): no locks, no changes.</summary>
sealed class EntityFrameworkQuerySagaRepositoryContext<TSaga>(DbContext db, CancellationToken cancellationToken)
    : BasePipeContext(cancellationToken), QuerySagaRepositoryContext<TSaga>, LoadSagaRepositoryContext<TSaga>
    where TSaga : class, ISaga
{
    public async Task<SagaRepositoryQueryContext<TSaga>> Query(ISagaQuery<TSaga> query, CancellationToken cancellationToken)
    {
        var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression)
            .Select(s => EF.Property<Guid>(s, nameof(ISaga.CorrelationId))).ToListAsync(cancellationToken);
        return new DefaultSagaRepositoryQueryContext<TSaga>(this, ids);
    }

    public async Task<TSaga> Load(Guid correlationId) =>
        (await db.Set<TSaga>().AsNoTracking()
            .SingleOrDefaultAsync(s => EF.Property<Guid>(s, nameof(ISaga.CorrelationId)) == correlationId, CancellationToken))!;
}
