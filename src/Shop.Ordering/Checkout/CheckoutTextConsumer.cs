using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>
/// A text while a checkout step waits for one is that step's answer: taken and the next step shown, or refused with the
/// reason. Any other text is not the checkout's and gets no answer from here.
/// </summary>
public sealed class CheckoutTextConsumer(OrderingDbContext db, IOptions<OrderingOptions> options, TimeProvider clock,
    ILogger<CheckoutTextConsumer> logger) : IConsumer<TextReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var settings = CheckoutSettings.From(options.Value);
        var draft = await db.LockDraftAsync(message.From.Id, ct);
        if (draft is null) return;
        var texts = CheckoutTexts.For(draft.Language);
        var step = draft.Step;
        var outcome = CheckoutRules.Text(draft, message.Text, texts, settings, now);
        switch (outcome.Kind)
        {
            case CheckoutOutcomeKind.Ignored:
                return;
            case CheckoutOutcomeKind.Refused:
                logger.LogInformation("Checkout {CheckoutId}: answer to {Step} refused ({Problem})", draft.CheckoutId, step, outcome.Problem);
                await CheckoutScreens.RefuseAsync(context, message.ChatId, texts, outcome.Problem);
                return;
            case CheckoutOutcomeKind.Cancelled:
                db.Checkouts.Remove(draft);
                await CheckoutScreens.ShowAsync(context, draft, CheckoutView.Cancelled(texts), texts, settings, inPlace: null);
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Checkout {CheckoutId} cancelled by user {UserId}", draft.CheckoutId, draft.UserId);
                return;
            default:
                var saved = await db.CustomerContacts.FindAsync([draft.UserId], ct);
                await CheckoutScreens.ShowStepAsync(context, draft, saved, texts, settings, inPlace: null, now);
                await db.SaveChangesAsync(ct);
                return;
        }
    }
}
