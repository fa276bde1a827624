using MassTransit;

namespace Shop.Outbox.Tests.Orders;

/// <summary>Inserts the order and publishes that it was placed: the two things the outbox must make happen together, once.</summary>
public sealed class PlaceTestOrderConsumer(OutboxTestDbContext db) : IConsumer<PlaceTestOrder>
{
    public async Task Consume(ConsumeContext<PlaceTestOrder> context)
    {
        var order = context.Message;
        db.Orders.Add(new TestOrder { Id = order.OrderId, Item = order.Item, PlacedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(context.CancellationToken);
        // MassTransit's outbox pipe honours this header by failing the first delivery attempt: a crash after the commit.
        await context.Publish(new TestOrderPlaced(order.OrderId), publish =>
        {
            if (order.FailDelivery) publish.Headers.Set("MT-Fail-Delivery", true);
        });
        if (order.FailAfterPublish) throw new InvalidOperationException($"Order {order.OrderId} fails after publishing");
    }
}
