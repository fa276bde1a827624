namespace Shop.Telegram;

/// <summary>A user's membership in a chat; Telegram's six member kinds folded into one class keyed by status.</summary>
public sealed class ChatMember
{
    /// <summary>"creator", "administrator", "member", "restricted", "left" or "kicked" (a private chat whose user blocked the bot).</summary>
    public string Status { get; init; } = "";

    public User User { get; init; } = new();

    public long? UntilDate { get; init; }
}
