using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Messaging.Routing;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>
/// The customer's conversation with the checkout. A text while a step waits for one is that step's answer: taken and the
/// next step shown, or refused with the reason; a contact shared on the phone step is the customer's own number or refused;
/// <c>/cancel</c> leaves the checkout (the cart stays as it is). Anything else is declined, and the Ingress answers it.
/// </summary>
public sealed class CheckoutInputConsumer(OrderingDbContext db, IOptions<OrderingOptions> options, TimeProvider clock,
    ILogger<CheckoutInputConsumer> logger) : IConsumer<TextReceived>, IConsumer<ContactShared>, IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var settings = CheckoutSettings.From(options.Value);
        var draft = await db.LockDraftAsync(message.From.Id, ct);
        var texts = CheckoutTexts.For(draft?.Language);
        var step = draft?.Step;
        var outcome = CheckoutRules.Text(draft, message.Text, texts, settings, now);
        switch (outcome.Kind)
        {
            case CheckoutOutcomeKind.Ignored:
                context.DeclineUpdate();
                return;
            case CheckoutOutcomeKind.Refused:
                logger.LogInformation("Checkout {CheckoutId}: answer to {Step} refused ({Problem})", draft!.CheckoutId, step, outcome.Problem);
                await CheckoutScreens.RefuseAsync(context, message.ChatId, texts, outcome.Problem);
                return;
            case CheckoutOutcomeKind.Cancelled:
                await CancelAsync(context, draft!, texts, settings, "the keyboard");
                return;
            default:
                var saved = await db.CustomerContacts.FindAsync([draft!.UserId], ct);
                await CheckoutScreens.ShowStepAsync(context, draft, saved, texts, settings, inPlace: null, now);
                await db.SaveChangesAsync(ct);
                return;
        }
    }

    public async Task Consume(ConsumeContext<ContactShared> context)
    {
        var contact = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var settings = CheckoutSettings.From(options.Value);
        var draft = await db.LockDraftAsync(contact.From.Id, ct);
        var outcome = CheckoutRules.Contact(draft, contact, settings, now);
        if (outcome.Kind == CheckoutOutcomeKind.Ignored)
        {
            context.DeclineUpdate();
            return;
        }
        var texts = CheckoutTexts.For(draft!.Language);
        if (outcome.Kind == CheckoutOutcomeKind.Refused)
        {
            logger.LogInformation("Checkout {CheckoutId}: shared contact refused ({Problem})", draft.CheckoutId, outcome.Problem);
            await CheckoutScreens.RefuseAsync(context, contact.ChatId, texts, outcome.Problem);
            return;
        }
        var saved = await db.CustomerContacts.FindAsync([draft.UserId], ct);
        await CheckoutScreens.ShowStepAsync(context, draft, saved, texts, settings, inPlace: null, now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary><c>/cancel</c>, the only command routed to a conversation.</summary>
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var draft = await db.LockDraftAsync(command.From.Id, context.CancellationToken);
        if (draft is null || draft.IsSubmitted)
        {
            context.DeclineUpdate();
            return;
        }
        await CancelAsync(context, draft, CheckoutTexts.For(draft.Language), CheckoutSettings.From(options.Value), "/cancel");
    }

    async Task CancelAsync(ConsumeContext context, CheckoutDraft draft, CheckoutTexts texts, CheckoutSettings settings, string how)
    {
        db.Checkouts.Remove(draft);
        await CheckoutScreens.ShowAsync(context, draft, CheckoutView.Cancelled(texts), texts, settings, inPlace: null);
        await db.SaveChangesAsync(context.CancellationToken);
        logger.LogInformation("Checkout {CheckoutId} cancelled by user {UserId} with {How}", draft.CheckoutId, draft.UserId, how);
    }
}
