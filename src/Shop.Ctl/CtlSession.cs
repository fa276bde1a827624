namespace Shop.Ctl;

/// <summary>One run's connections to RabbitMQ, opened when a command first needs them.</summary>
public sealed class CtlSession(BrokerAddresses addresses) : IAsyncDisposable
{
    ManagementApi? _management;
    AmqpBroker? _broker;

    public BrokerAddresses Addresses { get; } = addresses;

    public async Task<IReadOnlyList<QueueInfo>> QueuesAsync(CancellationToken cancellationToken)
    {
        _management ??= new ManagementApi(Addresses.Management);
        return await _management.QueuesAsync(Addresses.VirtualHost, cancellationToken);
    }

    public async Task<IReadOnlyList<QueueInfo>> DeadLetterQueuesAsync(CancellationToken cancellationToken) =>
        (await QueuesAsync(cancellationToken)).Where(q => q.IsDeadLetterQueue).ToList();

    /// <summary>The queue called <paramref name="name"/>, or a not-found error naming it.</summary>
    public async Task<QueueInfo> QueueAsync(string name, CancellationToken cancellationToken) =>
        (await QueuesAsync(cancellationToken)).FirstOrDefault(q => q.Name == name)
        ?? throw CtlException.NotFound($"queue '{name}' does not exist in virtual host '{Addresses.VirtualHost}'");

    public async Task<AmqpBroker> BrokerAsync(CancellationToken cancellationToken) =>
        _broker ??= await AmqpBroker.ConnectAsync(Addresses, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_broker is not null) await _broker.DisposeAsync();
        _management?.Dispose();
    }
}
