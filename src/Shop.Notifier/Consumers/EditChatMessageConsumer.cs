using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Notifier.Sending;
using Shop.Telegram;

namespace Shop.Notifier.Consumers;

/// <summary>Edits a message in place; if it is gone or cannot show the new content, replaces it with a new message.</summary>
public sealed class EditChatMessageConsumer(ChatGateway gateway, TimeProvider clock) : IConsumer<EditChatMessage>
{
    public async Task Consume(ConsumeContext<EditChatMessage> context)
    {
        var (chatId, messageId, content) = context.Message;
        if (await gateway.IsUnreachableAsync(chatId, context.CancellationToken)) return;
        await EditAsync(context, gateway, clock, chatId, messageId, content, tag: null);
    }

    /// <summary>Shared with edits by tag; a replacement sent under a <paramref name="tag"/> becomes the tagged message.</summary>
    internal static async Task EditAsync(ConsumeContext context, ChatGateway gateway, TimeProvider clock, long chatId, int messageId,
        MessageContent content, string? tag)
    {
        try
        {
            if (await gateway.TryEditAsync(chatId, messageId, content, context.CancellationToken, context.IsReplyTo(chatId))) return;
        }
        catch (TelegramApiException e) when (e.IsBlocked)
        {
            await gateway.MarkUnreachableAsync(chatId, e.Description, context.CancellationToken);
            return;
        }
        await gateway.DeleteAsync(chatId, messageId, context.CancellationToken);
        var replacementId = MessageIds.Derive(context.MessageId!.Value, "replacement");
        await SendChatMessageConsumer.SendAsync(context, gateway, clock, replacementId, chatId, content, tag);
    }
}
