namespace Shop.Notifier.Data;

/// <summary>A chat Telegram will not deliver to (the user blocked the bot); skipped until the user comes back.</summary>
public sealed class UnreachableChat
{
    public long ChatId { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset Since { get; set; }
}
