using MassTransit;
using Shop.Contracts.Telegram;

namespace Shop.Ingress.Turns;

/// <summary>
/// Takes a user's updates off their partition's queue one at a time (the queue has a single active consumer across Ingress
/// replicas, and one message in flight) and runs each as a turn (<see cref="TurnRunner"/>).
/// </summary>
public sealed class TurnConsumer(TurnRunner runner)
    : IConsumer<ButtonPressed>, IConsumer<CommandReceived>, IConsumer<TextReceived>, IConsumer<PhotoReceived>, IConsumer<ContactShared>
{
    public Task Consume(ConsumeContext<ButtonPressed> context) => runner.RunAsync(context, context.Message.From.Id);

    public Task Consume(ConsumeContext<CommandReceived> context) => runner.RunAsync(context, context.Message.From.Id);

    public Task Consume(ConsumeContext<TextReceived> context) => runner.RunAsync(context, context.Message.From.Id);

    public Task Consume(ConsumeContext<PhotoReceived> context) => runner.RunAsync(context, context.Message.From.Id);

    public Task Consume(ConsumeContext<ContactShared> context) => runner.RunAsync(context, context.Message.From.Id);
}
