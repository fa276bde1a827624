namespace Shop.Telegram;

/// <summary>A Telegram user or bot.</summary>
public sealed class User
{
    public long Id { get; init; }

    public bool IsBot { get; init; }

    public string FirstName { get; init; } = "";

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }
}
