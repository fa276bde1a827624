using MassTransit;
using Shop.Contracts.Access;

namespace Shop.Ingress;

/// <summary>Keeps this process's <see cref="AccessReplica"/> current; it runs on a queue of this instance alone.</summary>
public sealed class AccessChangeConsumer(AccessReplica replica)
    : IConsumer<AccessGranted>, IConsumer<AccessRevoked>, IConsumer<AccessModeChanged>
{
    public Task Consume(ConsumeContext<AccessGranted> context) => Apply(context.Message);

    public Task Consume(ConsumeContext<AccessRevoked> context) => Apply(context.Message);

    public Task Consume(ConsumeContext<AccessModeChanged> context) => Apply(context.Message);

    Task Apply(object change)
    {
        replica.Apply(change);
        return Task.CompletedTask;
    }
}
