using MassTransit;

namespace Shop.Ingress.Turns;

/// <summary>
/// Completes once every partition queue of this process is declared and bound: before that, an update sent to a partition's
/// exchange on a fresh broker would be confirmed and yet reach no queue, so none is taken from Telegram until then.
/// </summary>
public sealed class TurnEndpointsReady(Microsoft.Extensions.Options.IOptions<IngressOptions> options) : IReceiveEndpointObserver
{
    readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly HashSet<string> _seen = [];

    public Task WaitAsync(CancellationToken ct) => _ready.Task.WaitAsync(ct);

    public Task Ready(ReceiveEndpointReady ready)
    {
        var name = ready.InputAddress.AbsolutePath.Split('/').Last();
        lock (_seen)
        {
            if (name.StartsWith(TurnPartitions.Prefix, StringComparison.Ordinal)) _seen.Add(name);
            if (_seen.Count >= options.Value.Partitions) _ready.TrySetResult();
        }
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
