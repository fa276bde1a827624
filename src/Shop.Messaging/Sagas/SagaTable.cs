using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Shop.Messaging.Sagas;

/// <summary>
/// Where a saga's rows live, read from the worker's own EF mapping, for the locking statements LINQ cannot express.
/// </summary>
sealed class SagaTable
{
    SagaTable(string schema, string name, string keyColumn)
    {
        Schema = schema;
        Name = name;
        var table = Quote(schema) + "." + Quote(name);
        var key = Quote(keyColumn);
        // Identifiers come from the model, never from input; the values are parameters.
        LockOne = $"SELECT * FROM {table} WHERE {key} = {{0}} FOR UPDATE";
        // One order for every transaction that locks several rows, so two of them cannot deadlock on each other.
        LockMany = $"SELECT * FROM {table} WHERE {key} = ANY({{0}}) ORDER BY {key} FOR UPDATE";
    }

    public string Schema { get; }

    public string Name { get; }

    /// <summary>Loads one instance by its CorrelationId and holds its row until the transaction ends.</summary>
    public string LockOne { get; }

    /// <summary>Loads the instances with the given CorrelationIds (a uuid array) and holds their rows.</summary>
    public string LockMany { get; }

    public static SagaTable For<TSaga>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TSaga))
            ?? throw new InvalidOperationException($"{db.GetType().Name} does not map the saga {typeof(TSaga).Name}.");
        var name = entity.GetTableName()
            ?? throw new InvalidOperationException($"The saga {typeof(TSaga).Name} is not mapped to a table.");
        var schema = entity.GetSchema() ?? "public";
        var key = entity.FindPrimaryKey();
        if (key is not { Properties: [{ Name: nameof(MassTransit.ISaga.CorrelationId) } property] })
            throw new InvalidOperationException($"The key of the saga {typeof(TSaga).Name} must be CorrelationId alone.");
        var column = property.GetColumnName(StoreObjectIdentifier.Table(name, entity.GetSchema()))
            ?? throw new InvalidOperationException($"The saga {typeof(TSaga).Name} has no CorrelationId column.");
        return new SagaTable(schema, name, column);
    }

    static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
