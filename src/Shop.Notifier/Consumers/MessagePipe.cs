using MassTransit;
using MassTransit.Configuration;

namespace Shop.Notifier.Consumers;

/// <summary>A receive endpoint's pipe for one message type, ahead of its consumers, as MassTransit's pipe extensions take it.</summary>
sealed class MessagePipe<TMessage>(IConsumePipeConfigurator endpoint) : IPipeConfigurator<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void AddPipeSpecification(IPipeSpecification<ConsumeContext<TMessage>> specification) =>
        endpoint.AddPipeSpecification(specification);
}
