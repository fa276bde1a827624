using MassTransit;
using Shop.Contracts.Catalog;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Tests;

/// <summary>A test's ears on the bus: records what the catalog asks the notifier to do and the events it publishes.</summary>
public sealed class Recorder(Recorded recorded)
    : IConsumer<SendChatMessage>, IConsumer<EditChatMessage>, IConsumer<AnswerButtonPress>, IConsumer<ProductChanged>, IConsumer<CategoryChanged>
{
    public Task Consume(ConsumeContext<SendChatMessage> context) => Record(context);

    public Task Consume(ConsumeContext<EditChatMessage> context) => Record(context);

    public Task Consume(ConsumeContext<AnswerButtonPress> context) => Record(context);

    public Task Consume(ConsumeContext<ProductChanged> context) => Record(context);

    public Task Consume(ConsumeContext<CategoryChanged> context) => Record(context);

    Task Record<T>(ConsumeContext<T> context) where T : class
    {
        recorded.Add(context.MessageId, context.Message);
        return Task.CompletedTask;
    }
}
