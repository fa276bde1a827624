using MassTransit;
using Shop.Contracts.Catalog;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Tests;

/// <summary>
/// A test's ears on the bus: records what the catalog asks the notifier to do, the events it publishes, its answers to the
/// Ordering saga and its claims on users' conversations.
/// </summary>
public sealed class Recorder(Recorded recorded)
    : IConsumer<SendChatMessage>, IConsumer<EditChatMessage>, IConsumer<AnswerButtonPress>, IConsumer<ProductChanged>, IConsumer<CategoryChanged>,
    IConsumer<StockReserved>, IConsumer<StockShortage>, IConsumer<ConversationClaimed>
{
    public Task Consume(ConsumeContext<SendChatMessage> context) => Record(context);

    public Task Consume(ConsumeContext<EditChatMessage> context) => Record(context);

    public Task Consume(ConsumeContext<AnswerButtonPress> context) => Record(context);

    public Task Consume(ConsumeContext<ProductChanged> context) => Record(context);

    public Task Consume(ConsumeContext<CategoryChanged> context) => Record(context);

    public Task Consume(ConsumeContext<StockReserved> context) => Record(context);

    public Task Consume(ConsumeContext<StockShortage> context) => Record(context);

    public Task Consume(ConsumeContext<ConversationClaimed> context) => Record(context);

    Task Record<T>(ConsumeContext<T> context) where T : class
    {
        recorded.Add(context.MessageId, context.Message);
        return Task.CompletedTask;
    }
}
