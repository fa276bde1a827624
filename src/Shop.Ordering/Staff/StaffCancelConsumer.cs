using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Contracts.Telegram;
using Shop.Ordering.Data;
using Shop.Ordering.Texts;
using Shop.Messaging.Selection;

namespace Shop.Ordering.Staff;

/// <summary><c>/cancel</c> while a reason is awaited: the order stays as it is. Otherwise silent (another worker owns the conversation).</summary>
public sealed class StaffCancelConsumer(OrderingDbContext db, IOptions<OrderingOptions> ordering) : IConsumer<CommandReceived>, ISelectiveConsumer<CommandReceived>
{
    public static bool Wants(CommandReceived command) => command.Command == "cancel";

    public async Task Consume(ConsumeContext<CommandReceived> context)
    {
        var command = context.Message;
        if (!Wants(command)) return;
        var ct = context.CancellationToken;
        if (await db.StaffPrompts.FirstOrDefaultAsync(p => p.UserId == command.From.Id, ct) is not { } prompt) return;
        db.StaffPrompts.Remove(prompt);
        await db.SaveChangesAsync(ct);
        var number = await db.Orders.Where(o => o.CorrelationId == prompt.OrderId).Select(o => o.Number).FirstOrDefaultAsync(ct);
        var staff = OrderTexts.For(ordering.Value.StaffLanguage);
        await context.Publish(new SendChatMessage(command.ChatId, new MessageContent(string.Format(staff.RejectCancelled, number))), ct);
    }
}
