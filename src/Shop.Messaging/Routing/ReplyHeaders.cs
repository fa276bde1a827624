using MassTransit;
using Shop.Contracts.Telegram;

namespace Shop.Messaging.Routing;

/// <summary>
/// Marks what a consumer sends to the chat of the user update it is handling as a reply, so the Notifier does not hold it
/// back by the chat's pace: the user is driving that pace. Alerts, status changes and broadcasts carry no mark and are paced.
/// </summary>
public static class ReplyHeaders
{
    public const string ReplyToChat = "Shop-Reply-To-Chat";

    /// <summary>The chat of the user's update being consumed, if it is one.</summary>
    public static long? UpdateChat(this ConsumeContext context)
    {
        if (context.TryGetMessage<ButtonPressed>(out var press)) return press.Message.ChatId;
        if (context.TryGetMessage<CommandReceived>(out var command)) return command.Message.ChatId;
        if (context.TryGetMessage<TextReceived>(out var text)) return text.Message.ChatId;
        if (context.TryGetMessage<PhotoReceived>(out var photo)) return photo.Message.ChatId;
        if (context.TryGetMessage<ContactShared>(out var contact)) return contact.Message.ChatId;
        return null;
    }

    /// <summary>Whether the consumed message was sent as a reply in <paramref name="chatId"/>.</summary>
    public static bool IsReplyTo(this ConsumeContext context, long chatId) =>
        context.Headers.Get<long>(ReplyToChat) is { } chat && chat == chatId;
}
