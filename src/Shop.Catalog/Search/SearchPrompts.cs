using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Catalog.Input;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Search;

/// <summary>Marks a user as asked "what are you looking for?"; a search question ends any owner step, so one text has one meaning.</summary>
public static class SearchPrompts
{
    /// <summary>Asks the question and returns the catalog's claim on the user's next text, to publish once committed.</summary>
    public static async Task<TextInputClaimed> AskAsync(CatalogDbContext db, long userId, DateTimeOffset now, CancellationToken ct)
    {
        // At PostgreSQL's microsecond precision, so the claim published again from the stored question is the same claim.
        var at = now.AddTicks(-(now.Ticks % 10));
        var claim = await CatalogInput.ClaimAsync(db, userId, at, ct);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO catalog.search_prompts (user_id, asked_at) VALUES ({userId}, {at}) ON CONFLICT (user_id) DO UPDATE SET asked_at = excluded.asked_at",
            ct);
        await db.OwnerConversations.Where(c => c.OwnerId == userId && c.Step != OwnerStep.Idle)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Step, OwnerStep.Idle).SetProperty(c => c.UpdatedAt, at), ct);
        return claim;
    }
}
