using MassTransit;
using Shop.Contracts.Telegram;

namespace Shop.Messaging;

/// <summary>How a worker answers a button press: the spinner stopped, and the next view shown in place of the pressed message.</summary>
public static class ButtonReplies
{
    public static Task AnswerPress(this ConsumeContext context, ButtonPressed press, string? text = null, bool alert = false) =>
        context.PublishOnce(new AnswerButtonPress(press.CallbackQueryId, text, alert), "answer");

    /// <summary>Edits the message that carried the button (so the chat does not fill up), or sends a new one when Telegram no longer shows it.</summary>
    public static Task ShowInPlace(this ConsumeContext context, ButtonPressed press, MessageContent view)
    {
        object show = press.MessageId is { } messageId
            ? new EditChatMessage(press.ChatId, messageId, view)
            : new SendChatMessage(press.ChatId, view);
        return context.PublishOnce(show, "view");
    }
}
