using Microsoft.EntityFrameworkCore;
using Shop.Access.Data;

namespace Shop.Access.Requests;

/// <summary>The queries behind the screens and the gates' replica; they read, the saga alone writes users.</summary>
public static class AccessReads
{
    public static Task<AccessState?> FindUserAsync(this AccessDbContext db, long userId, CancellationToken ct) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.CorrelationId == AccessIds.For(userId), ct);

    /// <summary>A page of waiting requests, the longest waiting first, and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<AccessState> Page, int Total)> PendingAsync(this AccessDbContext db, int page, CancellationToken ct)
    {
        var pending = db.Users.AsNoTracking().Where(u => u.CurrentState == AccessStatus.Pending);
        var total = await pending.CountAsync(ct);
        var users = await pending.OrderBy(u => u.RequestedAt).Skip(page * AccessViews.PageSize).Take(AccessViews.PageSize).ToListAsync(ct);
        return (users, total);
    }

    public static async Task<IReadOnlyList<long>> AllowedUserIdsAsync(this AccessDbContext db, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.CurrentState == AccessStatus.Approved).Select(u => u.UserId).ToListAsync(ct);
}
