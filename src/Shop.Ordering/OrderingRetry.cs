using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Shop.Ordering;

/// <summary>The Ordering worker's retry policy: what a database hiccup or a lost race looks like, tried again after a pause.</summary>
public static class OrderingRetry
{
    public static void Configure(IRetryConfigurator retry)
    {
        retry.Intervals(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
        retry.Handle<DbUpdateException>();
        retry.Handle<NpgsqlException>(e => e.IsTransient);
        retry.Handle<PostgresException>(e => e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.UniqueViolation);
        retry.Handle<TimeoutException>();
    }
}
