using MassTransit;
using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Messaging;
using Shop.Messaging.Routing;
using Shop.Storefront.Routing;

namespace Shop.Catalog.Search;

/// <summary>Marks a user as asked "what are you looking for?"; a search question ends any owner step, so one text has one meaning.</summary>
public static class SearchPrompts
{
    /// <summary>Asks the question and claims the user's next text for <see cref="SearchReplyConsumer"/>.</summary>
    public static async Task AskAsync(ConsumeContext context, CatalogDbContext db, long userId, DateTimeOffset now, CancellationToken ct)
    {
        // At PostgreSQL's microsecond precision, so the claim published again from the stored question is the same claim.
        var at = PostgresTime.Truncate(now);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO catalog.search_prompts (user_id, asked_at) VALUES ({userId}, {at}) ON CONFLICT (user_id) DO UPDATE SET asked_at = excluded.asked_at",
            ct);
        await db.OwnerConversations.Where(c => c.OwnerId == userId && c.Step != OwnerStep.Idle)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Step, OwnerStep.Idle).SetProperty(c => c.UpdatedAt, at), ct);
        await context.ClaimConversation(userId, RouteTable.SearchReply.Endpoint, at);
    }
}
