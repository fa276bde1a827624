using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Contracts.Ordering;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Ordering.Data;
using Shop.Ordering.Orders;
using Shop.Ordering.Texts;

namespace Shop.Ordering.Staff;

/// <summary>The text a member of staff writes after "Write a reason": the order is rejected with it (the saga decides whether it still can be).</summary>
public sealed class RejectReasonConsumer(OrderingDbContext db, IOptions<ShopOptions> shop, IOptions<OrderingOptions> ordering, TimeProvider clock)
    : IConsumer<TextReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.UserId == message.From.Id, ct) is not { } prompt) return;
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
}
