using MassTransit;
using Shop.Messaging;

namespace Shop.Catalog.Stock;

/// <summary>How the stock consumers publish: each output under its own purpose, so a redelivery repeats the same message ids.</summary>
public static class StockReplies
{
    /// <summary>Publishes the full state of every product touched, then the answer.</summary>
    public static async Task PublishAsync(ConsumeContext context, StockOutcome outcome)
    {
        foreach (var product in outcome.Products) await context.PublishOnce(CatalogEvents.Changed(product), "product:" + product.Id);
        // Purpose by kind: a command refused at first, redelivered after a later command reserved the order, answers
        // StockReserved, which must not carry the id of the StockShortage it said before.
        if (outcome.Reply is { } reply) await context.PublishOnce(reply, "reply:" + reply.GetType().Name);
    }
}
