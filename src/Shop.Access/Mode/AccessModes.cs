using Microsoft.EntityFrameworkCore;
using Shop.Access.Data;
using Shop.Contracts.Access;
using Shop.Messaging;

namespace Shop.Access.Mode;

/// <summary>The mode in force: the owners' last choice, or <c>Shop__AccessMode</c> until they make one.</summary>
public static class AccessModes
{
    public static async Task<AccessMode> CurrentModeAsync(this AccessDbContext db, ShopOptions shop, CancellationToken ct) =>
        await db.Settings.AsNoTracking().Where(s => s.Id == AccessSetting.SingleId).Select(s => (AccessMode?)s.Mode).FirstOrDefaultAsync(ct)
        ?? shop.InitialAccessMode;
}
