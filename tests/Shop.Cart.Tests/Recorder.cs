using MassTransit;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;

namespace Shop.Cart.Tests;

/// <summary>A test's ears on the bus: records what the Cart workers hand to Ordering and ask the notifier to do.</summary>
public sealed class Recorder(Recorded recorded)
    : IConsumer<CheckoutRequested>, IConsumer<AnswerButtonPress>, IConsumer<EditChatMessage>, IConsumer<SendChatMessage>
{
    public Task Consume(ConsumeContext<CheckoutRequested> context) => Record(context);

    public Task Consume(ConsumeContext<AnswerButtonPress> context) => Record(context);

    public Task Consume(ConsumeContext<EditChatMessage> context) => Record(context);

    public Task Consume(ConsumeContext<SendChatMessage> context) => Record(context);

    Task Record<T>(ConsumeContext<T> context) where T : class
    {
        recorded.Add(context.MessageId ?? Guid.Empty, context.Message);
        return Task.CompletedTask;
    }
}
