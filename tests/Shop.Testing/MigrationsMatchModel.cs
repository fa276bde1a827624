using Microsoft.EntityFrameworkCore;
using Npgsql;
using Shop.Messaging;

namespace Shop.Testing;

/// <summary>
/// Migrations here are written by hand (no EF design-time package), so this checks them: the schema the migrations
/// build must be the schema EF Core would create from the model, column by column and index by index.
/// </summary>
public static class MigrationsMatchModel
{
    public static async Task<(IReadOnlyList<string> Migrated, IReadOnlyList<string> FromModel)> DescribeBothAsync<TContext>(
        Func<DbContextOptions<TContext>, TContext> create, string schema) where TContext : DbContext
    {
        await using var migratedDb = await PostgresDatabase.CreateAsync();
        await using var modelDb = await PostgresDatabase.CreateAsync();

        await using (var context = create(Options<TContext>(migratedDb.ConnectionString, schema)))
            await context.Database.MigrateAsync();
        await using (var context = create(Options<TContext>(modelDb.ConnectionString, schema)))
            await context.Database.EnsureCreatedAsync();

        return (await DescribeAsync(migratedDb.ConnectionString, schema), await DescribeAsync(modelDb.ConnectionString, schema));
    }

    static DbContextOptions<TContext> Options<TContext>(string connectionString, string schema) where TContext : DbContext =>
        (DbContextOptions<TContext>)ShopDatabase.Configure(new DbContextOptionsBuilder<TContext>(), schema, connectionString).Options;

    static async Task<IReadOnlyList<string>> DescribeAsync(string connectionString, string schema)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '')
                   || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = @schema AND table_name <> '__migrations'
            UNION ALL
            SELECT 'index ' || tablename || ' ' || regexp_replace(indexdef, '^CREATE (UNIQUE )?INDEX \S+ ON ', 'CREATE \1INDEX ON ')
            FROM pg_indexes WHERE schemaname = @schema AND tablename <> '__migrations'
            UNION ALL
            SELECT 'constraint ' || tc.table_name || ' ' || tc.constraint_type || ' ' || tc.constraint_name
            FROM information_schema.table_constraints tc
            WHERE tc.table_schema = @schema AND tc.table_name <> '__migrations' AND tc.constraint_type <> 'CHECK'
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schema", schema);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
