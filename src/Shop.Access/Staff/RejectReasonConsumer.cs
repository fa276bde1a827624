using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Requests;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Access.Staff;

/// <summary>The text an owner writes after pressing Reject: the request is rejected with it (the saga decides whether it still can be).</summary>
public sealed class RejectReasonConsumer(AccessDbContext db, IOptions<ShopOptions> shop, TimeProvider clock) : IConsumer<TextReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.StaffId == message.From.Id, ct) is not { } prompt) return;
        var reason = message.Text.Trim();
        if (reason.Length > AccessRules.MaxReasonLength)
        {
            await context.Publish(new SendChatMessage(message.ChatId,
                new MessageContent(string.Format(AccessTexts.English.ReasonTooLong, AccessRules.MaxReasonLength))), ct);
            return;
        }
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        // Checked again here: whoever wrote this must still be an owner now.
        if (!shop.Value.IsOwner(message.From.Id)) return;
        await context.Publish(new DecideAccess(prompt.UserId, AccessDecision.Reject, prompt.RequestNumber, message.From.Id,
            AccessChanges.DisplayName(message.From), reason.Length == 0 ? null : reason, null, message.ChatId, clock.GetUtcNow()), ct);
    }
}
