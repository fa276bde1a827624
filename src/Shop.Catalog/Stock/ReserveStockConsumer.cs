using MassTransit;
using Shop.Catalog.Data;
using Shop.Contracts.Ordering;
using Shop.Messaging;

namespace Shop.Catalog.Stock;

/// <summary>The Ordering saga asks for an order's stock: all lines are taken out of stock or none, and the saga is told which.</summary>
public sealed class ReserveStockConsumer(StockLedger ledger) : IConsumer<ReserveStock>
{
    public async Task Consume(ConsumeContext<ReserveStock> context)
    {
        var outcome = await ledger.ReserveAsync(context.Message, context.CancellationToken);
        if (outcome is not null) await StockReplies.PublishAsync(context, outcome);
    }
}
