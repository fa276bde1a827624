namespace Shop.Telegram;

/// <summary>A chat: private, group, supergroup or channel.</summary>
public sealed class Chat
{
    public long Id { get; init; }

    /// <summary>"private", "group", "supergroup" or "channel".</summary>
    public string Type { get; init; } = "";

    public string? Title { get; init; }

    public string? Username { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }
}
