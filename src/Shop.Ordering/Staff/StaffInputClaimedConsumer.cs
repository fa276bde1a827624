using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Contracts.Telegram;
using Shop.Ordering.Data;

namespace Shop.Ordering.Staff;

/// <summary>Another screen now waits for this user's text: a reason they were asked for is no longer awaited.</summary>
public sealed class StaffInputClaimedConsumer(OrderingDbContext db) : IConsumer<TextInputClaimed>
{
    public async Task Consume(ConsumeContext<TextInputClaimed> context)
    {
        var claim = context.Message;
        if (claim.Worker == StaffWorker.Name) return;
        await db.StaffPrompts.Where(p => p.UserId == claim.UserId && p.AskedAt < claim.ClaimedAt).ExecuteDeleteAsync(context.CancellationToken);
    }
}
