namespace Shop.Messaging;

/// <summary>The connection strings a worker needs (<c>ConnectionStrings__RabbitMq</c>, <c>ConnectionStrings__Postgres</c>).</summary>
public sealed class ConnectionOptions
{
    /// <summary>A named copy read without validation, for code that runs before start-up reports bad settings.</summary>
    public const string Unvalidated = "unvalidated";

    public string? RabbitMq { get; set; }

    public string? Postgres { get; set; }

    /// <summary>
    /// The RabbitMQ management API (<c>ConnectionStrings__RabbitMqManagement</c>, e.g. http://user:password@rabbitmq:15672):
    /// when set, this process exports queue depths on <c>/metrics</c>. Optional; set it on one worker only.
    /// </summary>
    public string? RabbitMqManagement { get; set; }

    /// <summary>Set by <c>AddShopDatabase</c>: only workers that own data need PostgreSQL.</summary>
    public bool PostgresRequired { get; set; }
}
