using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Notifier.Sending;

namespace Shop.Notifier.Consumers;

/// <summary>
/// Edits the message last sent to a chat under a tag, exactly as <see cref="EditChatMessageConsumer"/> edits one by id.
/// A tag not known yet usually means its send is still on the way, so the edit fails to be tried again shortly.
/// </summary>
public sealed class EditTaggedMessageConsumer(ChatGateway gateway, TimeProvider clock) : IConsumer<EditTaggedMessage>
{
    public async Task Consume(ConsumeContext<EditTaggedMessage> context)
    {
        var (chatId, tag, content) = context.Message;
        if (await gateway.IsUnreachableAsync(chatId, context.CancellationToken)) return;
        var messageId = await gateway.FindTaggedAsync(chatId, tag, context.CancellationToken)
            ?? throw new TaggedMessageNotSentYet(chatId, tag);
        await EditChatMessageConsumer.EditAsync(context, gateway, clock, chatId, messageId, content, tag);
    }
}
