using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>
/// The customer pressed Checkout in the cart: a draft is started (replacing one not yet submitted) and its summary shown
/// in place of the cart. A request for a checkout already submitted, or older than the draft, changes nothing.
/// </summary>
public sealed class CheckoutRequestedConsumer(OrderingDbContext db, IOptions<OrderingOptions> options, TimeProvider clock,
    ILogger<CheckoutRequestedConsumer> logger) : IConsumer<CheckoutRequested>
{
    public async Task Consume(ConsumeContext<CheckoutRequested> context)
    {
        var request = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var texts = CheckoutTexts.For(request.Customer.LanguageCode);
        var userId = request.Customer.Id;
        var lines = CheckoutRules.Snapshot(request.Lines);
        if (lines.Count == 0)
        {
            var empty = CheckoutView.NothingToBuy(texts);
            object reply = request.MessageId is { } messageId
                ? new EditChatMessage(request.ChatId, messageId, empty)
                : new SendChatMessage(request.ChatId, empty);
            await context.PublishOnce(reply, "view");
            return;
        }

        var draft = await db.LockDraftAsync(userId, ct);
        if (draft is not null && draft.CheckoutId == request.CheckoutId && draft.IsSubmitted)
        {
            logger.LogInformation("Checkout {CheckoutId} of user {UserId} was already submitted as order {OrderNumber}; request ignored",
                request.CheckoutId, userId, draft.OrderNumber);
            return;
        }
        if (draft is { IsSubmitted: false } && draft.CheckoutId != request.CheckoutId && draft.StartedAt > request.RequestedAt)
        {
            logger.LogInformation("Checkout {CheckoutId} of user {UserId} is older than the open checkout {OpenCheckoutId}; request ignored",
                request.CheckoutId, userId, draft.CheckoutId);
            return;
        }
        if (draft is null)
        {
            draft = new CheckoutDraft();
            db.Checkouts.Add(draft);
        }
        CheckoutRules.Start(draft, request, lines, now);
        var settings = CheckoutSettings.From(options.Value);
        var saved = await db.CustomerContacts.FindAsync([userId], ct);
        await CheckoutScreens.ShowStepAsync(context, draft, saved, texts, settings, request.MessageId, now);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Checkout {CheckoutId} started by user {UserId} with {LineCount} lines", request.CheckoutId, userId, lines.Count);
    }
}
