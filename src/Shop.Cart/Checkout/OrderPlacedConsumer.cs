using MassTransit;
using Shop.Cart.Data;
using Shop.Contracts.Ordering;
using Shop.Messaging;

namespace Shop.Cart.Checkout;

/// <summary>
/// Takes a placed order's quantities out of the customer's cart, once: in the outbox's transaction with its inbox row and
/// under the cart's row lock, so neither a redelivery nor a press at the same moment doubles or loses a change. It sends
/// nothing to the chat: the receipt is Ordering's.
/// </summary>
public sealed class OrderPlacedConsumer(CartDbContext db, TimeProvider clock) : IConsumer<OrderPlaced>
{
    public async Task Consume(ConsumeContext<OrderPlaced> context)
    {
        var order = context.Message;
        var now = clock.GetUtcNow();
        var cart = await db.LockCartAsync(order.CustomerId, now, context.CancellationToken);
        CheckoutRules.Subtract(cart, order.Lines, now);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
