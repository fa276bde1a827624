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
using Shop.Storefront.Routing;

namespace Shop.Access.Staff;

/// <summary>
/// Access buttons (<c>a:</c>): Approve, Reject (which first asks for a reason), "No reason", and the pages of <c>/requests</c>.
/// Owners only, checked on every press (and again by the saga); forged data or an unknown user gets an alert and changes nothing.
/// </summary>
public sealed class AccessButtonConsumer(AccessDbContext db, IOptions<ShopOptions> shop, IOptions<AccessOptions> access, TimeProvider clock)
    : IConsumer<ButtonPressed>
{
    public async Task Consume(ConsumeContext<ButtonPressed> context)
    {
        var press = context.Message;
        var texts = AccessTexts.For(shop.Value.StaffLanguage);
        var ct = context.CancellationToken;
        if (!AccessButtons.TryParse(press.Data, out var button))
        {
            await context.AnswerPress(press, texts.InvalidButton, alert: true);
            return;
        }
        if (!shop.Value.IsOwner(press.From.Id))
        {
            await context.AnswerPress(press, texts.StaffOnly, alert: true);
            return;
        }
        if (button.Kind == AccessPressKind.List)
        {
            var (page, total) = await db.PendingAsync(button.Page, ct);
            await context.AnswerPress(press);
            await context.ShowInPlace(press, AccessViews.RequestList(page, button.Page, total, texts));
            return;
        }
        if (await db.FindUserAsync(button.UserId, ct) is not { } user || button.RequestNumber > user.RequestNumber)
        {
            await context.AnswerPress(press, texts.InvalidButton, alert: true);
            return;
        }
        switch (button.Kind)
        {
            case AccessPressKind.Approve:
                await context.Publish(Decision(press, button, AccessDecision.Approve), ct);
                break;
            case AccessPressKind.RejectWithoutReason:
                await db.StaffPrompts.Where(p => p.StaffId == press.From.Id).ExecuteDeleteAsync(ct);
                await context.Publish(Decision(press, button, AccessDecision.Reject), ct);
                break;
            case AccessPressKind.AskReject when !AccessRules.Fits(user, Decision(press, button, AccessDecision.Reject), shop.Value.Owners):
                // Decided already, or an older request: the same answer the saga would give, and nothing is asked.
                var notices = new AccessNotices(shop.Value.StaffChats, shop.Value.Owners, access.Value.AppealWait, texts);
                await context.PublishAll(notices.Refused(user, Decision(press, button, AccessDecision.Reject)));
                break;
            default:
                await AskForReasonAsync(context, press, user, button, texts, ct);
                break;
        }
    }

    async Task AskForReasonAsync(ConsumeContext context, ButtonPressed press, AccessState user, AccessPress button, AccessTexts texts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.StaffPrompts.Where(p => p.StaffId == press.From.Id).ExecuteDeleteAsync(ct);
        db.StaffPrompts.Add(new StaffPrompt
        {
            StaffId = press.From.Id, UserId = user.UserId, RequestNumber = button.RequestNumber, ChatId = press.ChatId, AskedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await context.ClaimConversation(press.From.Id, RouteTable.AccessRejectReason.Endpoint, now);
        await context.AnswerPress(press);
        await context.Publish(new SendChatMessage(press.ChatId, AccessViews.AskReason(user, texts)), ct);
    }

    DecideAccess Decision(ButtonPressed press, AccessPress button, AccessDecision decision) =>
        new(button.UserId, decision, button.RequestNumber, press.From.Id, AccessChanges.DisplayName(press.From), null, press.CallbackQueryId,
            press.ChatId, clock.GetUtcNow());
}
