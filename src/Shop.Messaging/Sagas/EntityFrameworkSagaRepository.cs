using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Shop.Messaging.Sagas;

/// <summary>Stores a worker's saga instances in its own schema, through its own DbContext and IEntityTypeConfiguration.</summary>
public static class EntityFrameworkSagaRepository
{
    /// <summary>
    /// Keeps <typeparamref name="TSaga"/> in <typeparamref name="TContext"/> (registered with AddShopDatabase), whose model
    /// must map it with CorrelationId as its key.
    /// </summary>
    public static ISagaRegistrationConfigurator<TSaga> EntityFrameworkRepository<TSaga, TContext>(this ISagaRegistrationConfigurator<TSaga> saga)
        where TSaga : class, ISaga
        where TContext : DbContext
    {
        saga.Repository(repository =>
        {
            repository.RegisterSagaRepository<TSaga, DbContext, SagaConsumeContextFactory<DbContext, TSaga>,
                EntityFrameworkSagaRepositoryContextFactory<TSaga, TContext>>();
            repository.RegisterQuerySagaRepository<TSaga, EntityFrameworkSagaRepositoryContextFactory<TSaga, TContext>>();
            repository.RegisterLoadSagaRepository<TSaga, EntityFrameworkSagaRepositoryContextFactory<TSaga, TContext>>();
        });
        return saga;
    }
}
