using MassTransit;
using Shop.Catalog.Owner;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;

namespace Shop.Catalog;

/// <summary>How catalog consumers answer: each output under its own purpose, so a redelivery repeats the same message ids.</summary>
public static class ChatReplies
{
    public static Task AnswerAsync(ConsumeContext context, ButtonPressed press, string? text = null, bool alert = false) =>
        context.AnswerPress(press, text, alert);

    /// <summary>Shows <paramref name="view"/> in the message that carried the pressed button, or in a new one when it is gone.</summary>
    public static Task ShowAsync(ConsumeContext context, ButtonPressed press, MessageContent view) => context.ShowInPlace(press, view);

    public static Task SendAsync(ConsumeContext context, long chatId, MessageContent view) =>
        context.PublishOnce(new SendChatMessage(chatId, view), "view");

    /// <summary>Publishes the full state of what changed and any claim on the owner's text, then the reply.</summary>
    public static async Task PublishAsync(ConsumeContext context, long chatId, OwnerOutcome outcome, ButtonPressed? press = null)
    {
        if (outcome.Product is { } product) await context.PublishOnce(CatalogEvents.Changed(product), "product");
        if (outcome.Category is { } category) await context.PublishOnce(CatalogEvents.Changed(category), "category");
        if (outcome.Claim is { } claim) await context.ClaimConversation(claim.UserId, claim.Endpoint, claim.ClaimedAt);
        if (press is not null) await AnswerAsync(context, press, outcome.Toast, outcome.Alert);
        if (outcome.Reply is not { } reply) return;
        if (press is not null && outcome.InPlace) await ShowAsync(context, press, reply);
        else await SendAsync(context, chatId, reply);
    }
}
