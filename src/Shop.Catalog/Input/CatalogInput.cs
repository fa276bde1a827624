using Microsoft.EntityFrameworkCore;
using Shop.Catalog.Data;
using Shop.Catalog.Owner;
using Shop.Contracts.Telegram;

namespace Shop.Catalog.Input;

/// <summary>
/// Who takes a user's next plain text: the catalog claims it when it asks a question (<see cref="TextInputClaimed"/>), and
/// gives it up when another worker claims it later. Callers run inside the worker's transactional outbox.
/// </summary>
public static class CatalogInput
{
    /// <summary>How the catalog names itself in <see cref="TextInputClaimed"/>.</summary>
    public const string Worker = "catalog";

    /// <summary>
    /// The catalog starts waiting for the user's text: any record of another worker holding it is forgotten, and the claim
    /// to publish once the transaction commits is returned. Call before touching the user's search question or owner
    /// conversation, so the per-user lock is always taken first.
    /// </summary>
    public static async Task<TextInputClaimed> ClaimAsync(CatalogDbContext db, long userId, DateTimeOffset at, CancellationToken ct)
    {
        await LockAsync(db, userId, ct);
        await db.InputElsewhere.Where(i => i.UserId == userId).ExecuteDeleteAsync(ct);
        return new TextInputClaimed(userId, Worker, at);
    }

    /// <summary>
    /// Another worker claimed the user's text. The catalog drops the questions it asked before the claim and records who
    /// holds the input; a claim older than the catalog's latest question (messages may arrive out of order) changes nothing.
    /// Returns whether the claim was taken.
    /// </summary>
    public static async Task<bool> YieldAsync(CatalogDbContext db, OwnerFlow flow, TextInputClaimed claim, CancellationToken ct)
    {
        await LockAsync(db, claim.UserId, ct);
        var searchAskedAt = await db.SearchPrompts.Where(p => p.UserId == claim.UserId)
            .Select(p => (DateTimeOffset?)p.AskedAt).SingleOrDefaultAsync(ct);
        var stepSince = await flow.PendingSinceAsync(claim.UserId, ct);
        if (searchAskedAt >= claim.ClaimedAt || stepSince >= claim.ClaimedAt) return false;

        await db.SearchPrompts.Where(p => p.UserId == claim.UserId).ExecuteDeleteAsync(ct);
        // The owner's step ends the way /cancel ends it, and the draft of a product in the making is dropped with it. That is
        // acceptable: the owner has gone on to something else in another worker, and starting again is a few messages.
        await flow.CancelStepAsync(claim.UserId, ct);
        // Of two claims by other workers, the later one is kept whatever order they arrive in.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO catalog.input_elsewhere (user_id, worker, claimed_at) VALUES ({claim.UserId}, {claim.Worker}, {claim.ClaimedAt})
            ON CONFLICT (user_id) DO UPDATE SET worker = excluded.worker, claimed_at = excluded.claimed_at
            WHERE input_elsewhere.claimed_at < excluded.claimed_at
            """,
            ct);
        return true;
    }

    /// <summary>Whether another worker holds the user's text, so that it, not the catalog, answers <c>/cancel</c>.</summary>
    public static Task<bool> HeldElsewhereAsync(CatalogDbContext db, long userId, CancellationToken ct) =>
        db.InputElsewhere.AnyAsync(i => i.UserId == userId, ct);

    /// <summary>
    /// Claims of one user, the catalog's own and other workers', take turns: otherwise a claim checked against the catalog's
    /// questions just before a new one is asked would record the input as held elsewhere after all.
    /// </summary>
    static Task LockAsync(CatalogDbContext db, long userId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('catalog.input:' || {userId}::text, 0))", ct);
}
