using MassTransit;
using Shop.Catalog.Data;
using Shop.Contracts.Ordering;
using Shop.Messaging;

namespace Shop.Catalog.Stock;

/// <summary>A cancelled order gives its reserved quantities back to stock, once.</summary>
public sealed class ReleaseStockConsumer(StockLedger ledger) : IConsumer<ReleaseStock>
{
    public async Task Consume(ConsumeContext<ReleaseStock> context)
    {
        var outcome = await ledger.ReleaseAsync(context.Message, context.CancellationToken);
        if (outcome is not null) await StockReplies.PublishAsync(context, outcome);
    }
}
