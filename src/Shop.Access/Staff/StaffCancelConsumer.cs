using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Access.Data;
using Shop.Access.Requests;
using Shop.Access.Texts;
using Shop.Contracts.Telegram;
using Shop.Messaging.Selection;

namespace Shop.Access.Staff;

/// <summary><c>/cancel</c> while a reason is awaited: the request keeps waiting. Otherwise silent (another worker owns the conversation).</summary>
public sealed class StaffCancelConsumer(AccessDbContext db) : IConsumer<CommandReceived>, ISelectiveConsumer<CommandReceived>
{
    public static bool Wants(CommandReceived command) => command.Command == "cancel";

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        if (!Wants(command)) return;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.StaffId == command.From.Id, ct) is not { } prompt) return;
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        var who = await db.FindUserAsync(prompt.UserId, ct) is { } user ? AccessViews.Who(user) : prompt.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Publish(new SendChatMessage(command.ChatId, new MessageContent(string.Format(AccessTexts.English.RejectCancelled, who))), ct);
    }
}
