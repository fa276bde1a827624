using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Checkout;

/// <summary>A contact shared on the phone step: the customer's own number is taken; anybody else's is refused, saying why.</summary>
public sealed class CheckoutContactConsumer(OrderingDbContext db, IOptions<OrderingOptions> options, TimeProvider clock,
    ILogger<CheckoutContactConsumer> logger) : IConsumer<ContactShared>
{
    public async Task Consume(ConsumeContext<ContactShared> context)
    {
        var contact = context.Message;
        var ct = context.CancellationToken;
        var now = clock.GetUtcNow();
        var settings = CheckoutSettings.From(options.Value);
        var draft = await db.LockDraftAsync(contact.From.Id, ct);
        var outcome = CheckoutRules.Contact(draft, contact, settings, now);
        if (outcome.Kind == CheckoutOutcomeKind.Ignored) return;
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
}
