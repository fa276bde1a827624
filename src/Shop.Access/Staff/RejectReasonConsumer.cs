using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Requests;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;
using Shop.Messaging;
using Shop.Messaging.Routing;

namespace Shop.Access.Staff;

/// <summary>
/// An owner's conversation after pressing Reject: their text is the reason the request is rejected with (the saga decides
/// whether it still can be), and <c>/cancel</c> leaves the request waiting. With no reason asked for, the update is declined
/// and the Ingress answers it.
/// </summary>
public sealed class RejectReasonConsumer(AccessDbContext db, IOptions<ShopOptions> shop, TimeProvider clock) : IConsumer<TextReceived>, IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<TextReceived> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.StaffId == message.From.Id, ct) is not { } prompt)
        {
            context.DeclineUpdate();
            return;
        }
        var reason = message.Text.Trim();
        if (reason.Length > AccessRules.MaxReasonLength)
        {
            await context.Publish(new SendChatMessage(message.ChatId,
                new MessageContent(string.Format(AccessTexts.For(shop.Value.StaffLanguage).ReasonTooLong, AccessRules.MaxReasonLength))), ct);
            return;
        }
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        // Checked again here: whoever wrote this must still be an owner now.
        if (!shop.Value.IsOwner(message.From.Id)) return;
        await context.Publish(new DecideAccess(prompt.UserId, AccessDecision.Reject, prompt.RequestNumber, message.From.Id,
            AccessChanges.DisplayName(message.From), reason.Length == 0 ? null : reason, null, message.ChatId, clock.GetUtcNow()), ct);
    }

    /// <summary><c>/cancel</c>, the only command routed to a conversation: the reason is no longer awaited.</summary>
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.StaffId == command.From.Id, ct) is not { } prompt)
        {
            context.DeclineUpdate();
            return;
        }
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        var who = await db.FindUserAsync(prompt.UserId, ct) is { } user ? AccessViews.Who(user) : prompt.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Publish(new SendChatMessage(command.ChatId, new MessageContent(string.Format(AccessTexts.For(shop.Value.StaffLanguage).RejectCancelled, who))), ct);
    }
}
