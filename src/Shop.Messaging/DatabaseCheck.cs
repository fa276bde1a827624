using Npgsql;

namespace Shop.Messaging;

/// <summary>
/// Before a worker with a database starts: can it reach PostgreSQL and its database? A database that does not exist or a
/// login PostgreSQL refuses is said at once, in one line naming <c>ConnectionStrings__Postgres</c>; a server that does not
/// answer is waited for (it may still be starting) and then said the same way. No stack trace.
/// </summary>
public static class DatabaseCheck
{
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromSeconds(30);

    /// <summary>Null when the database answers; otherwise the problem and what to do, as one line.</summary>
    public static async Task<string?> ProblemAsync(string connectionString, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"{settings.Host}:{settings.Port}";
        var deadline = DateTime.UtcNow + patience;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return null;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                return $"database \"{settings.Database}\" does not exist on the PostgreSQL at {where}: create it " +
                    "(deploy/services.sh up does for the local one) or correct Database= in ConnectionStrings__Postgres";
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
            {
                return $"the PostgreSQL at {where} refused user \"{settings.Username}\" ({e.MessageText}): correct Username= or " +
                    "Password= in ConnectionStrings__Postgres";
            }
            catch (PostgresException e)
            {
                return $"the PostgreSQL at {where} refused the connection ({e.SqlState}: {e.MessageText}): check ConnectionStrings__Postgres";
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                if (DateTime.UtcNow + TimeSpan.FromSeconds(1) > deadline)
                    return $"no PostgreSQL answers at {where} ({e.Message}): start it (deploy/services.sh up for the local one) " +
                        "or correct Host= and Port= in ConnectionStrings__Postgres";
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 3)), cancellationToken);
            }
        }
    }
}
