using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Cart;

/// <summary>How the Cart worker shows a view in answer to a button: in place of the pressed message, so the chat does not fill up.</summary>
public static class ChatReplies
{
    public static Task ShowInPlace(this ConsumeContext context, ButtonPressed press, MessageContent view)
    {
        object show = press.MessageId is { } messageId
            ? new EditChatMessage(press.ChatId, messageId, view)
            : new SendChatMessage(press.ChatId, view);
        return context.PublishOnce(show, "view");
    }
}
