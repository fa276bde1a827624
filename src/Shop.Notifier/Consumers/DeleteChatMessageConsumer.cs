using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Notifier.Sending;

namespace Shop.Notifier.Consumers;

/// <summary>Deletes a bot message; one that is already gone counts as deleted.</summary>
public sealed class DeleteChatMessageConsumer(ChatGateway gateway) : IConsumer<DeleteChatMessage>
{
    public Task Consume(ConsumeContext<DeleteChatMessage> context) =>
        gateway.DeleteAsync(context.Message.ChatId, context.Message.MessageId, context.CancellationToken);
}
