using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Notifier.Sending;
using Shop.Telegram;

namespace Shop.Notifier.Consumers;

/// <summary>Sends a new message, once per command, unless the chat cannot be reached; a tagged one is remembered under its tag.</summary>
public sealed class SendChatMessageConsumer(ChatGateway gateway, TimeProvider clock) : IConsumer<SendChatMessage>
{
    public async Task Consume(ConsumeContext<SendChatMessage> context)
    {
        var (chatId, content, tag) = context.Message;
        if (await gateway.IsUnreachableAsync(chatId, context.CancellationToken)) return;
        await SendAsync(context, gateway, clock, context.MessageId!.Value, chatId, content, tag);
    }

    /// <summary>Shared with edits that fall back to a new message.</summary>
    internal static async Task SendAsync(ConsumeContext context, ChatGateway gateway, TimeProvider clock, Guid requestId, long chatId,
        MessageContent content, string? tag)
    {
        try
        {
            var messageId = await gateway.SendOnceAsync(requestId, chatId, content, tag, context.CancellationToken, context.IsReplyTo(chatId));
            if (messageId is { } id)
                await context.PublishOnce(new ChatMessageSent(requestId, chatId, id, clock.GetUtcNow()), $"sent:{requestId}");
        }
        catch (TelegramApiException e) when (e.IsBlocked || e.Description.Contains("chat not found", StringComparison.OrdinalIgnoreCase))
        {
            await gateway.MarkUnreachableAsync(chatId, e.Description, context.CancellationToken);
            await context.PublishOnce(new ChatUnreachable(chatId, e.Description, clock.GetUtcNow()), $"unreachable:{requestId}");
        }
        catch (TelegramApiException e) when (e.ErrorCode == 400)
        {
            throw new TelegramCallFailedPermanently($"Telegram rejected a message to chat {chatId}: {e.Description}", e);
        }
    }
}
