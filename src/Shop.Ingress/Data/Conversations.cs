using Microsoft.EntityFrameworkCore;

namespace Shop.Ingress.Data;

/// <summary>
/// The record of who holds each user's conversation. A claim replaces an older one only: the same claim comes twice (in the
/// worker's answer and as its event), and claims of one user may arrive out of order.
/// </summary>
public sealed class Conversations(IngressDbContext db)
{
    public Task<Conversation?> FindAsync(long userId, CancellationToken ct) =>
        db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.UserId == userId, ct);

    public Task ClaimAsync(long userId, string endpoint, DateTimeOffset at, long? subject, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO ingress.conversations (user_id, endpoint, subject, claimed_at) VALUES ({userId}, {endpoint}, {subject}, {at})
            ON CONFLICT (user_id) DO UPDATE SET endpoint = excluded.endpoint, subject = excluded.subject, claimed_at = excluded.claimed_at
            WHERE conversations.claimed_at < excluded.claimed_at
            """,
            ct);

    /// <summary>Ends the conversation <paramref name="held"/>, unless a newer claim replaced it meanwhile.</summary>
    public Task ReleaseAsync(Conversation held, CancellationToken ct) =>
        db.Conversations.Where(c => c.UserId == held.UserId && c.ClaimedAt <= held.ClaimedAt).ExecuteDeleteAsync(ct);
}
