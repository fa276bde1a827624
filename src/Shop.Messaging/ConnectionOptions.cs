namespace Shop.Messaging;

/// <summary>The connection strings a worker needs (<c>ConnectionStrings__RabbitMq</c>, <c>ConnectionStrings__Postgres</c>).</summary>
public sealed class ConnectionOptions
{
    public string? RabbitMq { get; set; }

    public string? Postgres { get; set; }

    /// <summary>Set by <c>AddShopDatabase</c>: only workers that own data need PostgreSQL.</summary>
    public bool PostgresRequired { get; set; }
}
