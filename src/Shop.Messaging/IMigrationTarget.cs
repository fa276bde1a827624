namespace Shop.Messaging;

/// <summary>One database whose migrations run at start-up.</summary>
public interface IMigrationTarget
{
    string Name { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
