using MassTransit;
using Microsoft.Extensions.Options;
using Shop.Access.Data;
using Shop.Access.Mode;
using Shop.Access.Requests;
using Shop.Access.Texts;
using Shop.Contracts.Access;
using Shop.Contracts.Telegram;
using Shop.Messaging;

namespace Shop.Access.Staff;

/// <summary>
/// The owners' commands: <c>/requests</c>, <c>/grant &lt;user id&gt;</c>, <c>/revoke &lt;user id&gt;</c>, <c>/accessmode [open|approval]</c>.
/// The sender is checked against <c>Shop__OwnerIds</c> every time (and again by the saga); anyone else is refused and nothing changes.
/// </summary>
public sealed class AccessCommandConsumer(AccessDbContext db, IOptions<ShopOptions> shop, TimeProvider clock) : IConsumer<CommandReceived>
{
    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        var ct = context.CancellationToken;
        var texts = AccessTexts.For(shop.Value.StaffLanguage);
        if (!shop.Value.IsOwner(command.From.Id))
        {
            await Reply(context, texts.StaffOnly);
            return;
        }
        switch (command.Command)
        {
            case "requests":
                var (page, total) = await db.PendingAsync(0, ct);
                await context.Publish(new SendChatMessage(command.ChatId, AccessViews.RequestList(page, 0, total, texts)), ct);
                break;
            case "accessmode":
                await ModeAsync(context, texts, ct);
                break;
            default:
                await DecideAsync(context, texts, ct);
                break;
        }
    }

    async Task DecideAsync(ConsumeContext<CommandReceived> context, AccessTexts texts, CancellationToken ct)
    {
        var command = context.Message;
        if (!AccessRules.TryParseUserId(command.Arguments, out var userId))
        {
            await Reply(context, string.Format(texts.UserIdUsage, command.Command));
            return;
        }
        var revoke = command.Command == "revoke";
        var user = await db.FindUserAsync(userId, ct);
        if (revoke && user is null)
        {
            await Reply(context, string.Format(texts.UnknownUser, userId));
            return;
        }
        // The saga answers: only it knows whether the decision still fits when it arrives.
        await context.Publish(new DecideAccess(userId, revoke ? AccessDecision.Revoke : AccessDecision.Grant, null, command.From.Id,
            AccessChanges.DisplayName(command.From), null, null, command.ChatId, clock.GetUtcNow()), ct);
    }

    async Task ModeAsync(ConsumeContext<CommandReceived> context, AccessTexts texts, CancellationToken ct)
    {
        var command = context.Message;
        if (string.IsNullOrWhiteSpace(command.Arguments))
        {
            await Reply(context, string.Format(texts.ModeIs, AccessViews.ModeName(await db.CurrentModeAsync(shop.Value, ct), texts)));
            return;
        }
        if (ShopOptions.ParseAccessMode(command.Arguments) is not { } mode)
        {
            await Reply(context, texts.ModeUsage);
            return;
        }
        var now = clock.GetUtcNow();
        var setting = await db.Settings.FindAsync([AccessSetting.SingleId], ct);
        if (setting is null) db.Settings.Add(setting = new AccessSetting());
        setting.Mode = mode;
        setting.ChangedBy = command.From.Id;
        setting.ChangedAt = now;
        await db.SaveChangesAsync(ct);
        await context.Publish(new AccessModeChanged(mode, command.From.Id, now), ct);
        await Reply(context, string.Format(texts.ModeChanged, AccessViews.ModeName(mode, texts)));
    }

    static Task Reply(ConsumeContext<CommandReceived> context, string text) =>
        context.Publish(new SendChatMessage(context.Message.ChatId, new MessageContent(text)), context.CancellationToken);
}
