using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>
/// The checkout's buttons (<c>o:co:...</c>). The draft is the presser's own, locked for the change; a button of any other
/// checkout is refused. Confirming takes an order number and submits the order in the same transaction that marks the
/// draft submitted, so however often Confirm is pressed or delivered, one order is submitted.
/// </summary>
public sealed class CheckoutButtonConsumer(OrderingDbContext db, IOptions<OrderingOptions> options, TimeProvider clock,
    ILogger<CheckoutButtonConsumer> logger) : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        if (!CheckoutButtons.TryParse(press.Data, out var button))
        {
            await context.PublishOnce(CheckoutView.Alert(press.CallbackQueryId, CheckoutTexts.For(press.From.LanguageCode).InvalidButton), "answer");
            return;
        }

        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var settings = CheckoutSettings.From(options.Value);
        var draft = await db.LockDraftAsync(press.From.Id, ct);
        var saved = await db.CustomerContacts.FindAsync([press.From.Id], ct);
        var outcome = CheckoutRules.Press(draft, button, saved, settings, now);
        var texts = CheckoutTexts.For(draft?.Language ?? press.From.LanguageCode);
        switch (outcome.Kind)
        {
            case CheckoutOutcomeKind.NotOpen:
                await context.PublishOnce(CheckoutView.Alert(press.CallbackQueryId, texts.NotOpen), "answer");
                return;
            case CheckoutOutcomeKind.AlreadyPlaced:
                await context.PublishOnce(CheckoutView.Alert(press.CallbackQueryId, string.Format(texts.AlreadyPlaced, draft!.OrderNumber)), "answer");
                return;
            case CheckoutOutcomeKind.Cancelled:
                db.Checkouts.Remove(draft!);
                await context.AnswerPress(press);
                await CheckoutScreens.ShowAsync(context, draft!, CheckoutView.Cancelled(texts), texts, settings, press.MessageId);
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Checkout {CheckoutId} cancelled by user {UserId}", draft!.CheckoutId, press.From.Id);
                return;
            case CheckoutOutcomeKind.Confirmed:
                await SubmitAsync(context, draft!, saved, texts, settings, now);
                return;
            default:
                await context.AnswerPress(press);
                await CheckoutScreens.ShowStepAsync(context, draft!, saved, texts, settings, press.MessageId, now);
                await db.SaveChangesAsync(ct);
                return;
        }
    }

    async Task SubmitAsync(ConsumeContext<ButtonPressed> context, CheckoutDraft draft, CustomerContact? saved, CheckoutTexts texts,
        CheckoutSettings settings, DateTimeOffset now)
    {
        var ct = context.CancellationToken;
        var press = context.Message;
        var number = await db.NextOrderNumberAsync(ct);
        CheckoutRules.Submit(draft, number, now);
        if (saved is null)
        {
            saved = new CustomerContact();
            db.CustomerContacts.Add(saved);
        }
        CheckoutRules.Remember(saved, draft, settings, now);
        await context.PublishOnce(CheckoutRules.Order(draft, settings), "order");
        await context.AnswerPress(press);
        await CheckoutScreens.ShowAsync(context, draft, CheckoutView.Placing(texts, number), texts, settings, press.MessageId);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Checkout {CheckoutId} of user {UserId} submitted as order {OrderNumber} for {TotalMinor} {Currency}",
            draft.CheckoutId, draft.UserId, number, draft.TotalMinor, draft.Currency);
    }
}
