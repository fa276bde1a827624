using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Access.Data;
using Shop.Contracts.Telegram;

namespace Shop.Access.Staff;

/// <summary>Another screen now waits for this owner's text: a reason they were asked for is no longer awaited.</summary>
public sealed class StaffInputClaimedConsumer(AccessDbContext db) : IConsumer<TextInputClaimed>
{
    public async Task Consume(ConsumeContext<TextInputClaimed> context)
    {
        var claim = context.Message;
        if (claim.Worker == StaffWorker.Name) return;
        await db.StaffPrompts.Where(p => p.StaffId == claim.UserId && p.AskedAt < claim.ClaimedAt).ExecuteDeleteAsync(context.CancellationToken);
    }
}
