using MassTransit;
using Shop.Contracts.Telegram;
using Shop.Ordering.Data;

namespace Shop.Ordering.Checkout;

/// <summary>
/// Another worker asked the customer a question after the checkout did: their next text is its answer, so the checkout
/// stops waiting for one. The draft stays; a checkout button asks again.
/// </summary>
public sealed class TextInputClaimedConsumer(OrderingDbContext db) : IConsumer<TextInputClaimed>
{
    public async Task Consume(ConsumeContext<TextInputClaimed> context)
    {
        var claim = context.Message;
        if (claim.Worker == CheckoutScreens.Worker) return;
        var ct = context.CancellationToken;
        var draft = await db.LockDraftAsync(claim.UserId, ct);
        if (CheckoutRules.ReleaseText(draft, claim.ClaimedAt)) await db.SaveChangesAsync(ct);
    }
}
