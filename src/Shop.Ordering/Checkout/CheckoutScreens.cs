using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Storefront.Routing;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>
/// How the wizard's screens reach the chat. A screen replaces the one pressed (or the cart the checkout started from) in
/// place; after a typed answer, which pushed the old screen up, it comes as a new message and the old one loses its buttons.
/// The share-phone reply keyboard can only come with a new message, and the next new message takes it away again.
/// </summary>
public static class CheckoutScreens
{
    /// <summary>The screen of the step the draft is on; every step claims the customer's conversation for <see cref="CheckoutInputConsumer"/>.</summary>
    public static async Task ShowStepAsync(ConsumeContext context, CheckoutDraft draft, CustomerContact? saved, CheckoutTexts texts,
        CheckoutSettings settings, int? inPlace, DateTimeOffset now)
    {
        await ShowAsync(context, draft, CheckoutView.Step(texts, draft, saved, settings), texts, settings, inPlace);
        if (!draft.IsSubmitted) await context.ClaimConversation(draft.UserId, RouteTable.CheckoutInput.Endpoint, now);
    }

    /// <summary>
    /// Shows <paramref name="view"/> in <paramref name="inPlace"/> when it can be edited there, or else as a new message.
    /// Updates what the draft knows about the chat (its message id, the reply keyboard); the caller saves it.
    /// </summary>
    public static async Task ShowAsync(ConsumeContext context, CheckoutDraft draft, MessageContent view, CheckoutTexts texts,
        CheckoutSettings settings, int? inPlace)
    {
        var asksForPhone = view.ReplyKeyboard is not null;
        if (inPlace is { } messageId && !asksForPhone && !draft.ReplyKeyboardShown)
        {
            await context.PublishOnce(new EditChatMessage(draft.ChatId, messageId, view), "view");
            draft.MessageId = messageId;
            return;
        }
        if ((inPlace ?? draft.MessageId) is { } previous)
            await context.PublishOnce(new EditChatMessage(draft.ChatId, previous, CheckoutView.Progress(texts, draft, settings)), "recap");
        var content = draft.ReplyKeyboardShown && !asksForPhone ? view with { RemoveReplyKeyboard = true } : view;
        await context.PublishOnce(new SendChatMessage(draft.ChatId, content), "view");
        // Telegram gives the new message's id only to the notifier; a press on it tells the checkout again.
        draft.MessageId = null;
        draft.ReplyKeyboardShown = asksForPhone;
    }

    /// <summary>A typed answer that was refused: the reason, as a reply under it; the screen above stays as it was.</summary>
    public static Task RefuseAsync(ConsumeContext context, long chatId, CheckoutTexts texts, InputProblem problem) =>
        context.PublishOnce(new SendChatMessage(chatId, CheckoutView.Problem(texts, problem)), "view");
}
