using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;
using Shop.Messaging.Selection;

namespace Shop.Ordering.Checkout;

/// <summary>
/// <c>/cancel</c> during a checkout leaves it: the draft is deleted and the cart is left as it is. Without a checkout in
/// progress it says nothing, since then the command is another worker's to answer.
/// </summary>
public sealed class CheckoutCancelCommandConsumer(OrderingDbContext db, IOptions<OrderingOptions> options,
    ILogger<CheckoutCancelCommandConsumer> logger) : IConsumer<CommandReceived>, ISelectiveConsumer<CommandReceived>
{
    public static bool Wants(CommandReceived command) => command.Command == "cancel";

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        if (!Wants(command)) return;
        var ct = context.CancellationToken;
        var draft = await db.LockDraftAsync(command.From.Id, ct);
        if (draft is null || draft.IsSubmitted) return;
        var texts = CheckoutTexts.For(draft.Language);
        db.Checkouts.Remove(draft);
        await CheckoutScreens.ShowAsync(context, draft, CheckoutView.Cancelled(texts), texts, CheckoutSettings.From(options.Value), inPlace: null);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Checkout {CheckoutId} cancelled by user {UserId} with /cancel", draft.CheckoutId, draft.UserId);
    }
}
