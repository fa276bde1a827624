using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;

namespace Shop.Catalog.Search;

/// <summary>Marks a user as asked "what are you looking for?"; a search question ends any owner step, so one text has one meaning.</summary>
public static class SearchPrompts
{
    public static async Task AskAsync(CatalogDbContext db, long userId, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO catalog.search_prompts (user_id, asked_at) VALUES ({userId}, {now}) ON CONFLICT (user_id) DO UPDATE SET asked_at = excluded.asked_at",
            ct);
        await db.OwnerConversations.Where(c => c.OwnerId == userId && c.Step != OwnerStep.Idle)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Step, OwnerStep.Idle).SetProperty(c => c.UpdatedAt, now), ct);
    }
}
