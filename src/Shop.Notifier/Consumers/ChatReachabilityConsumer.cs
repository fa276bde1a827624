using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Notifier.Sending;

namespace Shop.Notifier.Consumers;

/// <summary>Keeps the list of unreachable chats current as users block and unblock the bot.</summary>
public sealed class ChatReachabilityConsumer(ChatGateway gateway) : IConsumer<BotBlockedByUser>, IConsumer<BotUnblockedByUser>
{
    public Task Consume(ConsumeContext<BotBlockedByUser> context) =>
        gateway.MarkUnreachableAsync(context.Message.ChatId, "the user blocked the bot", context.CancellationToken);

    public Task Consume(ConsumeContext<BotUnblockedByUser> context) =>
        gateway.MarkReachableAsync(context.Message.ChatId, context.CancellationToken);
}
