using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Ordering.Data;
using Shop.Ordering.Orders;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Staff;

/// <summary>
/// A member of staff's conversation after "Write a reason": their text is the reason the order is rejected with (the saga
/// decides whether it still can be), and <c>/cancel</c> leaves the order as it is. With no reason asked for, the update is
/// declined and the Ingress answers it.
/// </summary>
public sealed class RejectReasonConsumer(OrderingDbContext db, IOptions<ShopOptions> shop, IOptions<OrderingOptions> ordering, TimeProvider clock)
    : IConsumer<TextReceived>, IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.UserId == message.From.Id, ct) is not { } prompt)
        {
            context.DeclineUpdate();
            return;
        }
        var staff = OrderTexts.For(ordering.Value.StaffLanguage);
        var reason = message.Text.Trim();
        if (reason.Length > OrderChanges.MaxReasonLength)
        {
            await context.Publish(new SendChatMessage(message.ChatId, new MessageContent(string.Format(staff.ReasonTooLong, OrderChanges.MaxReasonLength))), ct);
            return;
        }
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        // Checked again here: whoever wrote this must still be staff now.
        if (!shop.Value.IsOwner(message.From.Id)) return;
        await context.Publish(new ChangeOrderStatus(prompt.OrderId, OrderAction.Reject, message.From.Id, OrderButtonConsumer.DisplayName(message.From),
            reason.Length == 0 ? null : reason, null, clock.GetUtcNow()), ct);
    }

    /// <summary><c>/cancel</c>, the only command routed to a conversation: the reason is no longer awaited.</summary>
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.UserId == command.From.Id, ct) is not { } prompt)
        {
            context.DeclineUpdate();
            return;
        }
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        var number = await db.Orders.Where(o => o.CorrelationId == prompt.OrderId).Select(o => o.Number).FirstOrDefaultAsync(ct);
        var staff = OrderTexts.For(ordering.Value.StaffLanguage);
        await context.Publish(new SendChatMessage(command.ChatId, new MessageContent(string.Format(staff.RejectCancelled, number))), ct);
    }
}
