using MassTransit;
using Shop.Catalog.Data;
using Shop.Catalog.Owner;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Selection;

namespace Shop.Catalog.Input;

/// <summary>
/// Another worker now waits for a user's text: the catalog stops waiting for it and leaves <c>/cancel</c> to that worker.
/// Named after the catalog because its queue is named after the class, and other workers consume the same message.
/// </summary>
public sealed class CatalogInputClaimedConsumer(CatalogDbContext db, OwnerFlow flow) : IConsumer<TextInputClaimed>, ISelectiveConsumer<TextInputClaimed>
{
    public static bool Wants(TextInputClaimed claim) => claim.Worker != CatalogInput.Worker;

    public async Task Consume(ConsumeContext<TextInputClaimed> context)
    {
        var claim = context.Message;
        if (!Wants(claim)) return;
        // The outbox's inbox records it even when the claim is too old to take, so a redelivered copy is not judged again
        // against later questions.
        await CatalogInput.YieldAsync(db, flow, claim, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
