using Npgsql;

namespace Shop.Messaging.Sagas;

/// <summary>Which database failures mean "another transaction got there first": the attempt is rolled back and run again.</summary>
static class SagaConflicts
{
    const string UniqueViolation = "23505";
    const string SerializationFailure = "40001";
    const string DeadlockDetected = "40P01";

    /// <summary>
    /// True for a deadlock or serialization failure, and for a duplicate key in the saga's own table: a concurrent
    /// first event inserted the same CorrelationId, so the next attempt finds the row and updates it.
    /// </summary>
    public static bool IsRetryable(Exception exception, SagaTable table)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is not PostgresException postgres) continue;
            return postgres.SqlState switch
            {
                SerializationFailure or DeadlockDetected => true,
                UniqueViolation => postgres.SchemaName == table.Schema && postgres.TableName == table.Name,
                _ => false,
            };
        }
        return false;
    }
}
